# A redirected Select-Object stops its upstream the same way.
1..5 | Select-Object -First 2 2>$null
function Source { process { $_ } end { Write-Host 'end (never shown)' } }
1..5 | Source 2>$null | Select-Object -First 1
"status: $?"
