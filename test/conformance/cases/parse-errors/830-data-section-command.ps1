# A command that is not allowed inside a data section is a parse error
'before'
data d { Get-Date }
