# A module importing another module gets its commands into its own scope, not the caller's.
Set-Content -Path "$PSScriptRoot/Inner.psm1" -Value 'function Get-Inner { "inner" }'
Set-Content -Path "$PSScriptRoot/Outer.psm1" -Value @'
Import-Module "$PSScriptRoot/Inner.psm1"
function Get-Outer { "outer + " + (Get-Inner) }
Export-ModuleMember -Function Get-Outer
'@
Import-Module "$PSScriptRoot/Outer.psm1"
Get-Outer
Get-Command Get-Inner -ErrorAction SilentlyContinue | ForEach-Object Name
'done'
