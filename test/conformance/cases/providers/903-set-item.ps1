# Set-Item sets and creates environment variables and variables; FileSystem items have no value to set.
$env:SI_TEST = 'old'
Set-Item Env:SI_TEST -Value new
$env:SI_TEST
Set-Item Env:SI_NEW 'created' -WhatIf
Test-Path Env:SI_NEW
si Env:SI_NEW 'created'
$env:SI_NEW
Set-Item -Path Env:SI_A, Env:SI_B -Value q
"$env:SI_A $env:SI_B"
Set-Item Env:SI_? 4
"$env:SI_A $env:SI_B"
Set-Item Variable:w 7 -PassThru
$w
Set-Item Variable:nov
Test-Path Variable:nov
$null -eq $nov
(Set-Item Env:SI_TEST 'p' -PassThru).Value
Set-Item Env:SI_TEST
Test-Path Env:SI_TEST
try { Set-Item nope.txt 1 } catch { "$($_.FullyQualifiedErrorId) | $($_.CategoryInfo.Category)" }
Set-Item . 1
'after'
