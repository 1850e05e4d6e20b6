[pscustomobject]@{ A = 1; B = 2 }
[pscustomobject]@{ C = 3 }
