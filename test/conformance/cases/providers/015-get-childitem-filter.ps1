'a.txt', 'b.log', 'c.txt' | ForEach-Object { New-Item -ItemType File -Path $_ | Out-Null }
Get-ChildItem -Filter *.txt | ForEach-Object Name
