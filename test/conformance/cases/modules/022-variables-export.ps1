# Variables are exported only when Export-ModuleMember names them; the exported variable is shared with the module.
Set-Content -Path "$PSScriptRoot/Vars.psm1" -Value @'
$Level = 1
$Hidden = 'no'
function Set-Level($n) { $script:Level = $n }
Export-ModuleMember -Function Set-Level -Variable Level
'@
Import-Module "$PSScriptRoot/Vars.psm1"
$Level
Set-Level 7
$Level
"hidden: [$Hidden]"
(Get-Module Vars).ExportedVariables.Keys
