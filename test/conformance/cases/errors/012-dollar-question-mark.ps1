Write-Output 'ok' | Out-Null
$?
Write-Error 'fail' -ErrorAction SilentlyContinue
$?
