[pscustomobject]@{ A = 1; B = 2 } | Select-Object *
