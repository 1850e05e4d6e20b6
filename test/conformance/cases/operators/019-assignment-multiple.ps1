$a, $b = 1, 2
"$a $b"
$a, $b = $b, $a
"$a $b"
$first, $rest = 1, 2, 3, 4
$first
$rest
