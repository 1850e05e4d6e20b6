$env:PSNODE_CASE_VAR = 'abc'
Test-Path env:PSNODE_CASE_VAR
(Get-Item env:PSNODE_CASE_VAR).Value
Remove-Item env:PSNODE_CASE_VAR
Test-Path env:PSNODE_CASE_VAR
