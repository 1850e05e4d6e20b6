# RequiredModules are imported first (globally) and listed on the module.
$root = Join-Path $PSScriptRoot 'modules'
New-Item -ItemType Directory -Path "$root/Base", "$root/Top" -Force | Out-Null
Set-Content -Path "$root/Base/Base.psm1" -Value 'function Get-Base { "base" }'
Set-Content -Path "$root/Top/Top.psm1" -Value 'function Get-Top { "top uses " + (Get-Base) }'
Set-Content -Path "$root/Top/Top.psd1" -Value "@{ RootModule = 'Top.psm1'; ModuleVersion = '1.0'; RequiredModules = @('Base') }"
$env:PSModulePath = $root
Import-Module Top
Get-Top
Get-Base
(Get-Module Top).RequiredModules.Name
