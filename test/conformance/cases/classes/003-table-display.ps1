class Point { [int]$X = 1; [int]$Y = 2 }
[Point]::new()
