# Get-Alias -Definition finds the aliases of a command; -Name takes wildcards.
Set-Alias zz1 Write-Output
Set-Alias zz2 Write-Output
Get-Alias -Definition Write-Output | Where-Object Name -like 'zz*' | ForEach-Object Name
Get-Alias zz* | ForEach-Object { "$($_.Name) -> $($_.Definition)" }
(Get-Alias gmo).Definition
(Get-Alias ipmo).Definition
