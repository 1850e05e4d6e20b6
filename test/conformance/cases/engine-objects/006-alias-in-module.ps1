# Set-Alias inside a module exports the alias with the functions (as Microsoft.Entra's AzureAD aliases are).
Set-Content -Path "$PSScriptRoot/Legacy.psm1" -Value @'
function Get-EntraThing { param($Id) "thing $Id" }
Set-Alias -Name Get-AzureADThing -Value Get-EntraThing
'@
Import-Module "$PSScriptRoot/Legacy.psm1"
Get-AzureADThing -Id 7
(Get-Alias Get-AzureADThing).Definition
