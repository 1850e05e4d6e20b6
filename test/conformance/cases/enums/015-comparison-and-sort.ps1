enum Pri { Low = 1; Mid = 2; High = 3 }
[Pri]::High -gt [Pri]::Low
'High', 'Low', 'Mid' | ForEach-Object { [Pri]$_ } | Sort-Object
