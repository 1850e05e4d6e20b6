Write-Error -Message 'categorised' -Category InvalidData -ErrorId 'My.Id'
try { Write-Error -Message 'x' -Category InvalidData -ErrorId 'My.Id' -ErrorAction Stop } catch { $_.FullyQualifiedErrorId; $_.CategoryInfo.Category }
