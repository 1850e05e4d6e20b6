$a = 'x', 'y'
$a.Contains('y')
$a.IndexOf('y')
[array]::IndexOf($a, 'x')
