$null -eq $null
$null -eq 0
0 -eq $null
@(1, $null, 2) -eq $null
(@(1, $null, 2) -eq $null).Count
