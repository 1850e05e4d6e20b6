# Calling a command a module under PSModulePath exports loads that module on first use.
$root = Join-Path $PSScriptRoot 'modules'
New-Item -ItemType Directory -Path "$root/Lazy" -Force | Out-Null
Set-Content -Path "$root/Lazy/Lazy.psm1" -Value 'function Get-Lazy { "loaded on demand" }'
$env:PSModulePath = $root
(Get-Module Lazy) -eq $null
Get-Lazy
(Get-Module Lazy).Name
