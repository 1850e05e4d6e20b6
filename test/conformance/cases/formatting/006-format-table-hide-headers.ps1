[pscustomobject]@{ A = 1; B = 2 } | Format-Table -HideTableHeaders
