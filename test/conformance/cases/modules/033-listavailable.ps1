# Get-Module -ListAvailable lists the modules under PSModulePath, grouped by folder, without loading them.
$root = Join-Path $PSScriptRoot 'modules'
New-Item -ItemType Directory -Path "$root/Alpha", "$root/Beta/1.2.0" -Force | Out-Null
Set-Content -Path "$root/Alpha/Alpha.psm1" -Value 'function Get-Alpha { }'
Set-Content -Path "$root/Beta/1.2.0/Beta.psd1" -Value "@{ ModuleVersion = '1.2.0'; FunctionsToExport = @() }"
$env:PSModulePath = $root
Get-Module -ListAvailable
(Get-Module -ListAvailable Beta).Version.ToString()
(Get-Module Alpha) -eq $null
