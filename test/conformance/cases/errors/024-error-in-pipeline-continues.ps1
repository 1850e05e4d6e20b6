1..3 | ForEach-Object { if ($_ -eq 2) { Write-Error "bad $_" } else { $_ } }
