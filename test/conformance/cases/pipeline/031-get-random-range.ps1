$r = Get-Random -Minimum 5 -Maximum 6
$r
$pick = 'only' | Get-Random
$pick
