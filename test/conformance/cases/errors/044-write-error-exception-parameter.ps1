Write-Error -Exception ([System.IO.FileNotFoundException]::new('file gone'))
try { Write-Error -Exception ([System.IO.FileNotFoundException]::new('x')) -ErrorAction Stop } catch { $_.Exception.GetType().FullName }
