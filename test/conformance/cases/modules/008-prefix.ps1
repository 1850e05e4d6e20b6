# -Prefix puts the prefix before each exported noun (and before alias names).
Set-Content -Path "$PSScriptRoot/Pre.psm1" -Value @'
function Get-Thing { 'thing' }
Set-Alias gt Get-Thing
'@
Import-Module "$PSScriptRoot/Pre.psm1" -Prefix My
Get-MyThing
Mygt
(Get-Module Pre).ExportedCommands.Keys
Get-Thing
