# Convert-Path turns PS paths into provider paths, expanding wildcards; missing paths are PathNotFound.
Set-Content a.txt 'x'
Set-Content b.log 'y'
New-Item -ItemType Directory sub | Out-Null
(Convert-Path .) -eq $PWD.ProviderPath
Split-Path -Leaf (Convert-Path a.txt)
Convert-Path *.log, sub | Split-Path -Leaf
$env:CVPA_TEST = 'v'
Convert-Path Env:CVPA_TEST
"[$(Convert-Path Env:)]"
$cvpaVar = 1; Convert-Path Variable:cvpaVar
(Convert-Path ~) -eq $HOME
cvpa sub/../a.txt | Split-Path -Leaf
Get-Item a.txt | Convert-Path | Split-Path -Leaf
Convert-Path nope
Convert-Path -LiteralPath '*.log'
Convert-Path *.zz
'done'
