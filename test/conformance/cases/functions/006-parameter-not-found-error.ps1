function Get-Thing { [CmdletBinding()] param([string] $Name) $Name }
Get-Thing -Nme 'x'
'after'
