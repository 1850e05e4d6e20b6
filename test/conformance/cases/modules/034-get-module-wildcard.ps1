# Get-Module -Name takes wildcards; modules are listed by name.
foreach ($n in 'Zeta', 'Alpha', 'Alpine') {
    Set-Content -Path "$PSScriptRoot/$n.psm1" -Value "function Get-$n { '$n' }"
    Import-Module "$PSScriptRoot/$n.psm1"
}
Get-Module Al* | ForEach-Object Name
Get-Module -Name Zeta, Alpine | ForEach-Object Name
(Get-Module Nope*) -eq $null
