"first`nsecond"
'third'
