# Wildcards, -LiteralPath, pipeline input by value and by PSPath, an empty file.
Set-Content -Path a.txt -Value 'a'
Set-Content -Path b.txt -Value 'b'
New-Item -ItemType File -Path 'c[1].txt' | Out-Null
Set-Content -Path empty.dat -Value $null -NoNewline
Get-FileHash *.txt -Algorithm SHA1 | ForEach-Object { "$(Split-Path -Leaf $_.Path) $($_.Hash)" }
Get-FileHash -LiteralPath 'c[1].txt' -Algorithm MD5 | ForEach-Object { "$(Split-Path -Leaf $_.Path) $($_.Hash)" }
'a.txt', 'b.txt' | Get-FileHash -Algorithm MD5 | ForEach-Object { "$(Split-Path -Leaf $_.Path) $($_.Hash)" }
Get-Item a.txt | Get-FileHash -Algorithm MD5 | ForEach-Object { "$(Split-Path -Leaf $_.Path) $($_.Hash)" }
Get-ChildItem -Filter *.dat | Get-FileHash | ForEach-Object { "$(Split-Path -Leaf $_.Path) $($_.Hash)" }
Get-FileHash nothing*.txt
'done'
