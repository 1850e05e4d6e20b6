try { [System.IO.File]::ReadAllText('/psnode-no-such-file') } catch { $_.Exception.GetType().Name }
