# Module-qualified command names call the module's own export, even when a function of the same name shadows it.
$root = Join-Path $PSScriptRoot 'modules'
New-Item -ItemType Directory -Path "$root/Shapes" -Force | Out-Null
Set-Content -Path "$root/Shapes/Shapes.psm1" -Value 'function Get-Shape { "circle" }'
$env:PSModulePath = $root
Import-Module Shapes
function Get-Shape { 'square' }
Get-Shape
Shapes\Get-Shape
