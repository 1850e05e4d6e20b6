Test-Path Variable:\?
Test-Path Variable:\^
Test-Path Variable:\$
"[$^] [$$]"
Get-Variable '^', '$' | Format-Table -AutoSize
$PSEdition
$PSEdition -eq $PSVersionTable.PSEdition
