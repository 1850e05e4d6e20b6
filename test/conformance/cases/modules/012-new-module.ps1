# New-Module builds a dynamic module: its exports are imported, but Get-Module lists it only after Import-Module.
$m = New-Module -Name Dyn -ScriptBlock {
    $hidden = 'x'
    function Get-Dyn { "dynamic $hidden" }
}
Get-Dyn
$m.Name
$m.ModuleType
(Get-Module Dyn) -eq $null
New-Module -Name Dyn2 { function Get-Dyn2 { 'two' } } | Import-Module
(Get-Module Dyn2).Name
Get-Dyn2
