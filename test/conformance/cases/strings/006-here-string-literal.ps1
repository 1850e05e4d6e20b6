@'
No $expansion here
`n stays
'@
