# Import-Module -PassThru writes the PSModuleInfo, shown in pwsh's module table.
Set-Content -Path "$PSScriptRoot/Table.psm1" -Value @'
function Get-A { 'a' }
function Get-B { 'b' }
Set-Alias ga Get-A
'@
Import-Module "$PSScriptRoot/Table.psm1" -PassThru
