foreach ($item in 1..3) { }
$item
