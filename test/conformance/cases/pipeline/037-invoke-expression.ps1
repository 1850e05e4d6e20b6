Invoke-Expression '1 + 2'
iex '"iex string"'
$code = '$z = 5; $z * 2'
Invoke-Expression $code
