foreach ($item in 'a', 'b', 'c') { "item $item" }
$total = 0
foreach ($i in 1..100) { $total += $i }
$total
