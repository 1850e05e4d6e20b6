[pscustomobject]@{ Name = 'n'; Items = 1..10 }
[pscustomobject]@{ Name = 'short'; Items = 1, 2 }
