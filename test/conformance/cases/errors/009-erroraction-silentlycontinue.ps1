Write-Error 'hidden' -ErrorAction SilentlyContinue
$Error.Count
$Error[0].Exception.Message
'visible'
