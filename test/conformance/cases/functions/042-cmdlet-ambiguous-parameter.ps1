Get-Content -P 'x'
