$null
'after null'
