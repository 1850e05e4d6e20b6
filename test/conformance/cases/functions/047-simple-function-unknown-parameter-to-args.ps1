function Get-Thing { param([string] $Name) "Name=[$Name] args=[$args]" }
Get-Thing -Nme 'x'
