'a', 'b' | ForEach-Object { $PSItem.ToUpper() }
