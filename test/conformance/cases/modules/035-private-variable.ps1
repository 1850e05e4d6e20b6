# Module variables are invisible to the caller; caller variables are invisible inside module functions.
Set-Content -Path "$PSScriptRoot/Walls.psm1" -Value @'
$inside = 'inside'
function Get-Outside { "outside is [$outside]" }
function Get-Inside { "inside is [$inside]" }
'@
$outside = 'caller'
Import-Module "$PSScriptRoot/Walls.psm1"
"inside from caller: [$inside]"
Get-Inside
Get-Outside
$global:outside = 'global now'
Get-Outside
