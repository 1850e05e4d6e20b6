$FormatEnumerationLimit = 2
[pscustomobject]@{ Name = 'n'; Items = 1..10 }
$FormatEnumerationLimit = -1
[pscustomobject]@{ Name = 'n'; Items = 1..6 }
