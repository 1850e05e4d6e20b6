1, 'two', 3.5 | Out-String -Stream | ForEach-Object { "<$_>" }
