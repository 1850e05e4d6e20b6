$sb = { param([int] $X, [int] $Y = 2) $X * $Y }
& $sb 3
& $sb -X 3 -Y 4
$sb.Invoke(5)
