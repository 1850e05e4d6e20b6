$env:PSNODE_CASE_VALUE = 'from-env'
"value: $env:PSNODE_CASE_VALUE"
$env:PSNODE_CASE_VALUE.Length
