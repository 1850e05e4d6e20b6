New-Item -ItemType File rp.txt | Out-Null
(Resolve-Path rp.txt).Path -eq (Join-Path (Get-Location).Path 'rp.txt')
Resolve-Path -Relative rp.txt
