# -ArgumentList reaches the module script's param block.
Set-Content -Path "$PSScriptRoot/Args.psm1" -Value @'
param([string]$Greeting = 'hi', [int]$Times = 1)
function Get-Greeting { ($Greeting + ' ') * $Times }
'@
Import-Module "$PSScriptRoot/Args.psm1" -ArgumentList 'hey', 3
Get-Greeting
