# Which Select-Object forms stop the upstream command (its end block shows when it was not stopped).
function Source { process { Write-Host "source $_"; $_ } end { Write-Host 'source end' } }
'-First 0';        1..3 | Source | Select-Object -First 0
'-Skip 1 -First 1'; 1..4 | Source | Select-Object -Skip 1 -First 1
'-Index 1,2';       1..5 | Source | Select-Object -Index 2, 1
'-SkipIndex 1';     1..3 | Source | Select-Object -SkipIndex 1
'-Last 1';          1..3 | Source | Select-Object -Last 1
'-First 1 -Last 1'; 1..4 | Source | Select-Object -First 1 -Last 1
'-Skip 1';          1..3 | Source | Select-Object -Skip 1
'-First 2 -Unique'; 1, 1, 2, 3 | Source | Select-Object -First 2 -Unique
'-First 1 -Wait';   1..3 | Source | Select-Object -First 1 -Wait
