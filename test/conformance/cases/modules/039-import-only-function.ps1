# Import-Module -Function imports only the named exports.
Set-Content -Path "$PSScriptRoot/Pick.psm1" -Value @'
function Get-One { 1 }
function Get-Two { 2 }
'@
Import-Module "$PSScriptRoot/Pick.psm1" -Function Get-Two
Get-Two
Get-One
