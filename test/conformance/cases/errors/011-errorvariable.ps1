Write-Error 'kept' -ErrorAction SilentlyContinue -ErrorVariable ev
$ev.Count
"$($ev[0])"
