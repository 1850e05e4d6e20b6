@{ a = 1; b = 2 } | Select-Object -First 1 | ForEach-Object { $_.GetType().Name }
