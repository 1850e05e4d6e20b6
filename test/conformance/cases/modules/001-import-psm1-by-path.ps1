# Import-Module of a .psm1 by path: its functions are exported, they run, and the module's output is discarded.
Set-Content -Path "$PSScriptRoot/Greet.psm1" -Value @'
function Get-Greeting { param([string]$Name = 'world') "Hello, $Name!" }
'module output is not shown'
'@
Import-Module "$PSScriptRoot/Greet.psm1"
Get-Greeting
Get-Greeting -Name psnode
(Get-Command Get-Greeting).CommandType
