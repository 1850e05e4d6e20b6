[pscustomobject]@{ Name = 'alpha'; Count = 3; Ratio = 0.5 }
