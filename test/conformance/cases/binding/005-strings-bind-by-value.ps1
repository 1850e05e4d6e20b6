# A string binds -Path by value where the cmdlet takes it (Remove-Item, Test-Path), but Get-Content's -Path is by
# property name only, so a bare string does not bind there.
Set-Content a.txt 'alpha'
Set-Content b.txt 'beta'
'a.txt', 'missing.txt' | Test-Path
'a.txt' | Remove-Item
Test-Path a.txt
'b.txt' | Get-Content
