[pscustomobject]@{ A = 1 } | Format-Table
[pscustomobject]@{ B = 2 } | Format-Table
