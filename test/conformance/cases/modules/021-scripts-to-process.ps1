# ScriptsToProcess run in the caller's scope before the module loads.
$dir = Join-Path $PSScriptRoot 'modules/Prep'
New-Item -ItemType Directory -Path $dir -Force | Out-Null
Set-Content -Path "$dir/setup.ps1" -Value '$PrepWasHere = "set by ScriptsToProcess"'
Set-Content -Path "$dir/Prep.psm1" -Value 'function Get-Prep { "prep" }'
Set-Content -Path "$dir/Prep.psd1" -Value "@{ RootModule = 'Prep.psm1'; ModuleVersion = '1.0'; ScriptsToProcess = @('setup.ps1') }"
$env:PSModulePath = Join-Path $PSScriptRoot 'modules'
Import-Module Prep
$PrepWasHere
Get-Prep
