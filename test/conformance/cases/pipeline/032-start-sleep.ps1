Start-Sleep -Milliseconds 10
Start-Sleep 0
'slept'
