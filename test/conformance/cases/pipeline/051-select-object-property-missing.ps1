[pscustomobject]@{ A = 1 } | Select-Object A, Missing
