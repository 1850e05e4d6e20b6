function Get-Thing { param([string] $Name) $Name }
Get-Thing -Name 'a' -Name 'b'
