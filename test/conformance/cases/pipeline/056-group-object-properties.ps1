$g = 'a', 'b', 'a' | Group-Object
$g | ForEach-Object { "$($_.Name):$($_.Count)" }
$g[0].Group -join ','
