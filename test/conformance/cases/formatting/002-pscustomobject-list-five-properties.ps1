[pscustomobject]@{ A = 1; B = 'two'; C = 3.5; D = $true; E = $null }
