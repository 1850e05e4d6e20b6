'a scalar'
42
[pscustomobject]@{ P = 1 }
'another scalar'
