# A script block from the caller, invoked inside a module function, sees the caller's variables, not the module's.
Set-Content -Path "$PSScriptRoot/Runner.psm1" -Value @'
$name = 'module'
function Invoke-Twice([scriptblock]$Action) { & $Action; & $Action }
function Get-Name { $name }
'@
Import-Module "$PSScriptRoot/Runner.psm1"
function Test-It {
    $name = 'caller function'
    Invoke-Twice { "name is $name" }
}
Test-It
Get-Name
