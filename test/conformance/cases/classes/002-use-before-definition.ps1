$o = [Point]::new()
$o.X = 4
$o.X
class Point { [int]$X; [int]$Y }
