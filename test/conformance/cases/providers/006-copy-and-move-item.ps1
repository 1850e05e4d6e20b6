Set-Content src.txt 'payload'
Copy-Item src.txt copy.txt
Move-Item copy.txt moved.txt
Get-Content moved.txt
Test-Path copy.txt
