Write-Warning 'careful now'
'after warning'
