$rows = 1..4 | ForEach-Object { [pscustomobject]@{ N = $_ } }
$total = 0
foreach ($r in $rows) { $total += $r.N }
$total
$rows.Count
