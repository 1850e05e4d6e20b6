Set-Content gone.txt 'x'
Remove-Item gone.txt
Test-Path gone.txt
Remove-Item gone.txt
