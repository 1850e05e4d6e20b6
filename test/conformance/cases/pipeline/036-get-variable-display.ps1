$myvar = 'shown'
Get-Variable myvar
