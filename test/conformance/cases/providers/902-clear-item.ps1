# Clear-Item: a variable keeps its name with a $null value, an environment variable goes away, FileSystem says no.
$env:CLI_TEST = 'x'
$v = 5
Clear-Item Env:CLI_TEST -WhatIf
$env:CLI_TEST
Clear-Item Variable:v -WhatIf
$v
Clear-Item Env:CLI_TEST
Test-Path Env:CLI_TEST
Clear-Item Variable:v
$null -eq $v
Test-Path Variable:v
$env:CLI_A = 1; $env:CLI_B = 2
cli Env:CLI_* -Exclude *B
"[$env:CLI_A] [$env:CLI_B]"
Clear-Item Env:CLI_NOPE
Set-Content a.txt 'x'
try { Clear-Item a.txt } catch { "$($_.FullyQualifiedErrorId) | $($_.CategoryInfo.Category) | $($_.Exception.GetType().FullName)" }
Clear-Item a.txt
'after'
