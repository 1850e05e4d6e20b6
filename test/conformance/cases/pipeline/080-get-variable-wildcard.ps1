$prefixAlpha = 1; $prefixBeta = 2
Get-Variable -Name prefix* | ForEach-Object { "$($_.Name)=$($_.Value)" }
