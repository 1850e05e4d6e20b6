Write-Output 'to null' > $null
Write-Error 'err to null' 2> $null
$r = Write-Error 'captured' 2>&1
$r.GetType().Name
"$r"
