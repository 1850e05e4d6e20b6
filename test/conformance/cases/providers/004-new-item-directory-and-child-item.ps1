New-Item -ItemType Directory -Path sub | Out-Null
New-Item -ItemType File -Path sub/b.txt | Out-Null
New-Item -ItemType File -Path sub/a.txt | Out-Null
Get-ChildItem sub | ForEach-Object Name
(Get-ChildItem sub).Count
