$n = @(1, @(2, 3), 4)
$n.Count
$n[1].Count
$n[1][0]
