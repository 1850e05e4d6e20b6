# Get-Content / Set-Content / Add-Content report a -Path that matches nothing (a wildcard, or items all filtered away
# by -Include / -Exclude) as ItemNotFound naming the first path; Get-Content resolves every path before reading any;
# a missing -LiteralPath is named as given.
Set-Content a.txt 'hi'
Get-Content zz*.txt
Get-Content a.txt, zz*.txt, nope.txt, a.txt 2>&1 | ForEach-Object { "$_" }
try { Get-Content zz*.txt -ErrorAction Stop } catch { $_.FullyQualifiedErrorId; $_.CategoryInfo.ToString(); $_.Exception.GetType().FullName; $_.TargetObject.GetType().FullName }
Set-Content zz*.txt, b.txt -Value 1 -ErrorVariable ev; Test-Path b.txt; $ev[0].TargetObject -join ','
'v1', 'v2' | Add-Content zz*.txt -ErrorVariable ev; $ev.Count
Set-Content 'x[' -Value 1
Get-Content 'x['
Get-Content a.txt -Include *.txt
Get-Content a.txt -Include *.log
Get-Content nope.txt -Exclude *.log
Get-Content -LiteralPath a.txt -Exclude a*
Set-Content new.txt -Value z -Include *.txt; Test-Path new.txt
Set-Content a.txt -Value z -Exclude a*; Get-Content a.txt
Get-Content -LiteralPath nope.txt, 'x[' 2>&1 | ForEach-Object { "$_" }
Get-Item -LiteralPath nope.txt 2>&1 | ForEach-Object { "$_" }
Get-ChildItem -LiteralPath nope.txt 2>&1 | ForEach-Object { "$_" -replace [regex]::Escape((Get-Location).Path), '<here>' }
try { Get-Content a.txt -Include '[a' } catch { $_.FullyQualifiedErrorId; $_.CategoryInfo.ToString(); $_.Exception.Message }
