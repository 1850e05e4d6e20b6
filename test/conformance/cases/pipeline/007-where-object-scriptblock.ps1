1..10 | Where-Object { $_ % 3 -eq 0 }
