# A manifest's PowerShellVersion above the running version refuses to load.
$dir = Join-Path $PSScriptRoot 'modules/Future'
New-Item -ItemType Directory -Path $dir -Force | Out-Null
Set-Content -Path "$dir/Future.psd1" -Value "@{ ModuleVersion = '1.0'; PowerShellVersion = '99.0' }"
$env:PSModulePath = Join-Path $PSScriptRoot 'modules'
Import-Module Future
(Get-Module Future) -eq $null
