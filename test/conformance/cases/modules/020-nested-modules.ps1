# NestedModules load into the root module; their functions are exported through it, and -All lists them.
$dir = Join-Path $PSScriptRoot 'modules/Suite'
New-Item -ItemType Directory -Path $dir -Force | Out-Null
Set-Content -Path "$dir/Part1.psm1" -Value 'function Get-Part1 { "part one" }'
Set-Content -Path "$dir/Part2.psm1" -Value 'function Get-Part2 { "part two" }'
Set-Content -Path "$dir/Suite.psd1" -Value "@{ ModuleVersion = '2.0'; NestedModules = @('Part1.psm1', 'Part2.psm1') }"
$env:PSModulePath = Join-Path $PSScriptRoot 'modules'
Import-Module Suite
Get-Part1
Get-Part2
(Get-Module Suite).ModuleType
(Get-Module Suite).NestedModules.Name
Get-Module | Where-Object Name -like 'Part*' | ForEach-Object Name
'all:'
Get-Module -All | Where-Object Name -like 'Part*' | ForEach-Object Name
