$a = @{ x = 1 }
$b = @{ y = 2 }
$c = $a + $b
$c.Count
$a + @{ x = 9 }
