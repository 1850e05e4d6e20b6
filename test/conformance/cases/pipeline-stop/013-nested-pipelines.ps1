# A stop reaches through a function's own pipeline to the command that produces the values.
function Inner { 1..10 | ForEach-Object { Write-Host "inner $_"; $_ } ; Write-Host 'inner after (never shown)' }
Inner | Select-Object -First 2
# A pipeline that stops inside a loop stops only itself.
foreach ($i in 1..2) { 1..5 | Select-Object -First 1 }
$x = 1..5 | Select-Object -First 2; "x: $x"
"count: $(@(1..5 | Select-Object -Last 2 | Select-Object -First 1).Count)"
