# $script: inside a module is the module's scope: it persists between calls and is not the caller's.
Set-Content -Path "$PSScriptRoot/Counter.psm1" -Value @'
$script:count = 0
function Step-Counter { $script:count++; "count is $script:count" }
function Get-CounterValue { $count }
'@
$count = 'caller value'
Import-Module "$PSScriptRoot/Counter.psm1"
Step-Counter
Step-Counter
Get-CounterValue
"caller still has: $count"
