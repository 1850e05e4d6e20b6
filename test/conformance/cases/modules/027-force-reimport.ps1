# Importing again does not rerun the module; -Force does (module state starts over).
Set-Content -Path "$PSScriptRoot/Once.psm1" -Value @'
$script:loads = 0
$script:loads++
function Get-Loads { $script:loads; $script:loads++ }
'@
Import-Module "$PSScriptRoot/Once.psm1"
Get-Loads
Import-Module "$PSScriptRoot/Once.psm1"
Get-Loads
Import-Module "$PSScriptRoot/Once.psm1" -Force
Get-Loads
