# A manifest's fields as Get-Module | Format-List shows them.
$dir = Join-Path $PSScriptRoot 'modules/Inventory'
New-Item -ItemType Directory -Path $dir -Force | Out-Null
Set-Content -Path "$dir/Inventory.psm1" -Value @'
function Get-Item2 { 'item' }
function Get-Stock { 'stock' }
'@
Set-Content -Path "$dir/Inventory.psd1" -Value @'
@{
    RootModule = 'Inventory.psm1'
    ModuleVersion = '3.1.4'
    GUID = 'a1b2c3d4-0000-4000-8000-123456789abc'
    Author = 'Contoso'
    Description = 'Keeps stock'
    FunctionsToExport = @('Get-Stock')
}
'@
$env:PSModulePath = Join-Path $PSScriptRoot 'modules'
Import-Module Inventory
Get-Module Inventory | Format-List
$m = Get-Module Inventory
$m.Guid
$m.Author
$m.RootModule
