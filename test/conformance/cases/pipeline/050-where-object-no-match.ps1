1..3 | Where-Object { $_ -gt 10 }
'nothing matched'
