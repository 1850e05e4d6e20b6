[pscustomobject]@{ a = 1 } | Export-Csv x.csv
[pscustomobject]@{ a = 1 } | Export-Csv x.csv -NoClobber
[pscustomobject]@{ a = 1 } | Export-Csv -Path z.csv -WhatIf
Test-Path z.csv
1 | Export-Csv
1 | Export-Csv -Path a.csv -LiteralPath b.csv
[pscustomobject]@{ a = 1 } | Export-Csv -Path nodir/x.csv
