[pscustomobject]@{ Outer = [pscustomobject]@{ A = 1; B = 'x' }; N = 1; M = 2; O = 3; P = 4 }
