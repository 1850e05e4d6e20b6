# Auto-loading reads a manifest's FunctionsToExport; after Remove-Module the next call loads it again.
$dir = Join-Path $PSScriptRoot 'modules/Auto'
New-Item -ItemType Directory -Path $dir -Force | Out-Null
Set-Content -Path "$dir/Auto.psm1" -Value @'
$script:n = 0
function Get-AutoCount { $script:n++; $script:n }
'@
Set-Content -Path "$dir/Auto.psd1" -Value "@{ RootModule = 'Auto.psm1'; ModuleVersion = '1.0'; FunctionsToExport = 'Get-AutoCount' }"
$env:PSModulePath = Join-Path $PSScriptRoot 'modules'
Get-AutoCount
Get-AutoCount
Remove-Module Auto
Get-AutoCount
