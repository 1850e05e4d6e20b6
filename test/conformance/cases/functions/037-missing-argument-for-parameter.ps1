function Set-Name { param([string] $Name) "Name=$Name" }
Set-Name -Name
