# Import-Module of a .ps1 makes a script module of it.
Set-Content -Path "$PSScriptRoot/Plain.ps1" -Value 'function Get-Plain { "plain script module" }'
Import-Module "$PSScriptRoot/Plain.ps1"
Get-Plain
(Get-Module Plain).ModuleType
