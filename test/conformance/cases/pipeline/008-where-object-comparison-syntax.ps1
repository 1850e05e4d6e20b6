$items = [pscustomobject]@{ Name = 'a'; N = 1 }, [pscustomobject]@{ Name = 'b'; N = 5 }
$items | Where-Object N -gt 2 | ForEach-Object Name
$items | Where-Object Name -eq 'a' | ForEach-Object N
$items | ? { $_.N -lt 3 } | % { $_.Name }
