# Export-ModuleMember limits what a script module exports; the helper stays private to the module.
Set-Content -Path "$PSScriptRoot/Tools.psm1" -Value @'
function helper { 'from helper' }
function Get-Tool { "tool uses: $(helper)" }
Export-ModuleMember -Function Get-Tool
'@
Import-Module "$PSScriptRoot/Tools.psm1"
Get-Tool
helper
'after'
