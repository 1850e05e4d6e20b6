1..3 | Out-Null
Write-Output 'x' | Out-Null
'visible'
