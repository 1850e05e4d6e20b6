# Several items piped into Copy-Item -Destination: each binds by PSPath and is copied.
Set-Content a.txt 'alpha'
Set-Content b.txt 'beta'
New-Item -ItemType Directory d | Out-Null
Get-Item a.txt, b.txt | Copy-Item -Destination d
(Get-ChildItem d -Name | Sort-Object) -join ','
Get-Content d/b.txt
