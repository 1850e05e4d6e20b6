Write-Error 'one' -ErrorAction SilentlyContinue
Write-Error 'two' -ErrorAction SilentlyContinue
$Error.Count
"$($Error[0])"
"$($Error[1])"
