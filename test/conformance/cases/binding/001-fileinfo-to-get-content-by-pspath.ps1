# A FileInfo has no Path property: it binds to -LiteralPath through its PSPath alias (by property name).
Set-Content a.txt 'alpha'
Set-Content b.txt 'beta'
Get-ChildItem *.txt | Get-Content
Get-Item a.txt | Get-Content
