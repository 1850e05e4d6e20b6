Remove-Variable -Name never_defined_here
