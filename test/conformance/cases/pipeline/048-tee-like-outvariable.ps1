1..3 | ForEach-Object { $_ * 2 } -OutVariable doubled | Out-Null
$doubled -join ','
