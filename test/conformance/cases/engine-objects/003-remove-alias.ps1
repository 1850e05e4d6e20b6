# Remove-Alias deletes an alias; Get-Alias of a missing name is an error.
Set-Alias tmp Write-Output
tmp 'before'
Remove-Alias tmp
Get-Alias tmp
tmp 'after'
try { Remove-Alias tmp -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }
