# Without Export-ModuleMember a script module exports its functions and aliases, but not its variables.
Set-Content -Path "$PSScriptRoot/Defaults.psm1" -Value @'
function Get-Default { 'default' }
Set-Alias gd Get-Default
$var = 'not exported'
'@
Import-Module "$PSScriptRoot/Defaults.psm1"
gd
"var: [$var]"
$m = Get-Module Defaults
$m.ExportedFunctions.Keys
$m.ExportedAliases.Keys
$m.ExportedVariables.Count
