[AllowNull()][int]$x = 3
$x
[AllowEmptyString()][string]$y = ''
"[$y]"
