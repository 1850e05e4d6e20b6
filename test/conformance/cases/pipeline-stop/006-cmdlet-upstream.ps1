# Cmdlets upstream: ForEach-Object's -End block does not run; Where-Object stops too; commands after the stop end.
1..5 | ForEach-Object { $_ } -End { Write-Host 'end (never shown)' } | Select-Object -First 1
1..10 | Where-Object { $_ % 2 } | Select-Object -First 2
function Sink { begin { Write-Host 'sink begin' } process { "sink: $_" } end { Write-Host 'sink end' } }
1..5 | Select-Object -First 2 | Sink
1..5 | ForEach-Object { $_; Write-Host "after $_" } | Select-Object -First 2
"status: $?"
