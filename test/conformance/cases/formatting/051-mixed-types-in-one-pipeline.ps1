[pscustomobject]@{ Name = 'first'; Size = 1 }
'a string in between'
[pscustomobject]@{ Other = 'shape' }
