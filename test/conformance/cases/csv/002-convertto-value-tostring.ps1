[pscustomobject]@{ Array = 1, 2; Date = [datetime]'2020-01-02 03:04:05'; Double = 1.5; Bool = $true; Nested = [pscustomobject]@{ x = 1 } } | ConvertTo-Csv
