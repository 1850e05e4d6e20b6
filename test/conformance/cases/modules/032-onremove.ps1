# The module's OnRemove script block runs when it is removed.
Set-Content -Path "$PSScriptRoot/Clean.psm1" -Value @'
function Get-Clean { 'clean' }
$ExecutionContext | Out-Null
$MyInvocation.MyCommand.ScriptBlock.Module.OnRemove = { Write-Host 'cleaning up' }
'@
Import-Module "$PSScriptRoot/Clean.psm1"
Get-Clean
Remove-Module Clean
'removed'
