[pscustomobject]@{ Name = 'outer'; Inner = [pscustomobject]@{ X = 1 } }
