try { Get-Item /psnode-missing-category -ErrorAction Stop } catch { $_.CategoryInfo }
