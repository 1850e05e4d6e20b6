# & (Get-Module M) { ... } runs a block inside the module: it sees the module's private state.
Set-Content -Path "$PSScriptRoot/Vault.psm1" -Value @'
$script:secret = 'module secret'
function privateHelper { 'private helper ran' }
function Get-Public { 'public' }
Export-ModuleMember -Function Get-Public
'@
Import-Module "$PSScriptRoot/Vault.psm1"
& (Get-Module Vault) { $script:secret; privateHelper }
$secret
