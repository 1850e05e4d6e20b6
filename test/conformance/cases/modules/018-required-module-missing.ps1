# RequiredModules that cannot be found stop the import.
$dir = Join-Path $PSScriptRoot 'modules/Needy'
New-Item -ItemType Directory -Path $dir -Force | Out-Null
Set-Content -Path "$dir/Needy.psd1" -Value "@{ ModuleVersion = '1.0'; RequiredModules = @('NotInstalled') }"
$env:PSModulePath = Join-Path $PSScriptRoot 'modules'
Import-Module Needy
'done'
