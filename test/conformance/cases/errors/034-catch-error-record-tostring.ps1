try { Get-Item /psnode-missing -ErrorAction Stop } catch { $_.ToString() }
