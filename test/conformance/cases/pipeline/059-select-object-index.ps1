'a', 'b', 'c', 'd' | Select-Object -Index 1, 3
