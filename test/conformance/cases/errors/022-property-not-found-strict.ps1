Set-StrictMode -Version Latest
$o = [pscustomobject]@{ A = 1 }
$o.Missing
