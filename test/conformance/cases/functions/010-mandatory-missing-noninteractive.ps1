function Need-Name { param([Parameter(Mandatory)] [string] $Name) "Name=$Name" }
Need-Name
'after'
