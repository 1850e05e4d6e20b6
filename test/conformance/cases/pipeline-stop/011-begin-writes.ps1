# Output written from a begin block starts the next command's begin block first.
function A { begin { Write-Host 'A begin'; 'from A begin'; Write-Host 'A begin done' } process { 'from A process' } }
function B { begin { Write-Host 'B begin'; 'from B begin' } process { Write-Host "B got: $_"; $_ } }
function C { begin { Write-Host 'C begin' } process { Write-Host "C got: $_" } }
A | B | C
function D { begin { 'first'; Write-Host 'D begin done (never shown)' } }
D | Select-Object -First 1
