$o = [pscustomobject]@{ A = 1; B = 'x' }
$o | Select-Object @{ n = 'Z' }
$o | Select-Object @{ q = 'Z'; e = { 1 } }
$o | Select-Object ([ordered]@{ n = 'Z'; name = 'Y'; e = { 1 } })
$o | Select-Object @{ n = 1; e = { 2 } }
$o | Select-Object -ExpandProperty Nope
1, 2 | Select-Object @{ n = 'A'; e = { $_ } }, @{ n = 'A'; e = { 2 } }
