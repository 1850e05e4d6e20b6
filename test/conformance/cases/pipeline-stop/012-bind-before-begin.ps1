# Every command of a pipeline binds its arguments before any begin block runs.
function A { begin { Write-Host 'A begin (never shown)' } process { 1 } }
A | Get-Item -Bogus
'next'
A | ForEach-Object { $_ } | Sort-Object -Bogus
'done'
