1..3 | ForEach-Object { if ($_ -eq 2) { throw "failed on $_" }; $_ }
'never'
