Write-Error 'ignored' -ErrorAction Ignore
$Error.Count
