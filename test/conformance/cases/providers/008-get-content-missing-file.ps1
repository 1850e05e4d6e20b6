Get-Content missing.txt
'after'
