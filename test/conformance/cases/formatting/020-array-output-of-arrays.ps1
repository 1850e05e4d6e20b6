$nested = @(1, @(2, 3))
$nested
