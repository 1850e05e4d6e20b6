$s = 1..3 | Out-String
$s.GetType().Name
$s.Length
[pscustomobject]@{ A = 1 } | Out-String -Stream | ForEach-Object { "[$_]" }
