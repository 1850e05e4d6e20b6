$n = 5
$n++
$n
$n--
$n
++$n
$n
