Set-Content -Path data.txt -Value 'line one', 'line two'
Get-Content -Path data.txt
(Get-Content data.txt).Count
