$a = 1, 2
$b = 3, 4
$c = $a + $b
$c.Count
$c -join ','
$a += 5
$a -join ','
