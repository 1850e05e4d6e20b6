@{ N = 1 }, @{ N = 4 } | ForEach-Object { [pscustomobject]$_ } | Measure-Object -Property N -Average | ForEach-Object Average
