[ValidateRange(0, 10)] [int]$n = 5; $n
$n = 11
$n
$n = 3
$n
