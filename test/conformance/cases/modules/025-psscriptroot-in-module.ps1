# $PSScriptRoot and $PSCommandPath inside a module name the module's file.
$dir = Join-Path $PSScriptRoot 'modules/Where'
New-Item -ItemType Directory -Path $dir -Force | Out-Null
Set-Content -Path "$dir/Where.psm1" -Value @'
$loadedFrom = $PSScriptRoot
function Get-Where { (Split-Path -Leaf $loadedFrom), (Split-Path -Leaf $PSScriptRoot), (Split-Path -Leaf $PSCommandPath) }
'@
$env:PSModulePath = Join-Path $PSScriptRoot 'modules'
Import-Module Where
Get-Where
