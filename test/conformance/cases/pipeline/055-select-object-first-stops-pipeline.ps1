$count = 0
1..100 | ForEach-Object { $script:count++; $_ } | Select-Object -First 2
"ran $count times"
