@()
'after empty'
