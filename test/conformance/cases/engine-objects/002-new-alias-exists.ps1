# New-Alias refuses a name already taken; -Force replaces it.
New-Alias ans Write-Output
ans 'first'
New-Alias ans Get-Date
try { New-Alias ans Get-Date -ErrorAction Stop } catch { $_.FullyQualifiedErrorId; $_.CategoryInfo.Category }
New-Alias ans Write-Host -Force
ans 'second'
