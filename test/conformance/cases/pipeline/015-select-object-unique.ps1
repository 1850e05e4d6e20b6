1, 2, 2, 3, 3, 3 | Select-Object -Unique
