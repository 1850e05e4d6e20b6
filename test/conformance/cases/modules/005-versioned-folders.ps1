# Versioned module folders: the newest wins; -RequiredVersion, -MinimumVersion and -MaximumVersion choose.
$root = Join-Path $PSScriptRoot 'modules'
foreach ($v in '1.0.0', '1.5.0', '2.0.0') {
    New-Item -ItemType Directory -Path "$root/Ver/$v" -Force | Out-Null
    Set-Content -Path "$root/Ver/$v/Ver.psd1" -Value "@{ RootModule = 'Ver.psm1'; ModuleVersion = '$v' }"
    Set-Content -Path "$root/Ver/$v/Ver.psm1" -Value "function Get-Ver { '$v' }"
}
$env:PSModulePath = $root
Import-Module Ver
Get-Ver
Import-Module Ver -RequiredVersion 1.0.0 -Force
Get-Ver
Remove-Module Ver
Import-Module Ver -MaximumVersion 1.9
Get-Ver
Remove-Module Ver
Import-Module Ver -MinimumVersion 1.2 -PassThru | ForEach-Object { $_.Version.ToString() }
