Set-Content data.txt 'first'
Add-Content data.txt 'second'
Get-Content data.txt
