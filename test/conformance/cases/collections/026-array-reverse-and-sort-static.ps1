$a = 3, 1, 2
[array]::Reverse($a)
$a -join ','
[array]::Sort($a)
$a -join ','
