'b', 'a', 'B', 'a' | Sort-Object -Unique
