function Set-Env { param([Parameter(Mandatory)] [ValidateSet('Global', 'China')] [string] $Environment) $Environment }
Set-Env -Environment Mars
