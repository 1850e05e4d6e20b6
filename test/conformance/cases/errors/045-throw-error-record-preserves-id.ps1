try { Get-Item /psnode-nope -ErrorAction Stop } catch { $saved = $_ }
try { throw $saved } catch { $_.FullyQualifiedErrorId }
