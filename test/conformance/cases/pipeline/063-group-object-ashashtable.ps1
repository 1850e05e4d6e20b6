$h = 'x1', 'y1', 'x2' | Group-Object { $_.Substring(0, 1) } -AsHashTable
$h['x'] -join ','
$h['y'] -join ','
$h.GetType().Name
