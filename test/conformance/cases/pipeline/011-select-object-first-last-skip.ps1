1..10 | Select-Object -First 3
'---'
1..10 | Select-Object -Last 2
'---'
1..10 | Select-Object -Skip 8
