# Import-Module -Verbose and Remove-Module -Verbose say what they load, export, import and remove.
Set-Content -Path "$PSScriptRoot/Talk.psm1" -Value @'
function Get-Talk { 'talk' }
function Get-Walk { 'walk' }
Set-Alias gtk Get-Talk
'@
Import-Module "$PSScriptRoot/Talk.psm1" -Verbose
Remove-Module Talk -Verbose
