# An invalid -Include / -Exclude pattern stops the item cmdlets with WildcardPatternException (even with
# -ErrorAction SilentlyContinue); an invalid -Filter or path pattern simply matches nothing.
Set-Content a.txt 'hi'
foreach ($c in "Get-Content a.txt -Include '[a'", "Test-Path a.txt -Include '[a'", "Get-Item * -Include '[a'", "Get-ChildItem -Recurse -Include '[a'", "Get-ChildItem -Name -Exclude '[a'", "Remove-Item a.txt -Exclude '[a' -WhatIf", "Get-ChildItem -Filter '[a'", "Get-ChildItem '[a'") {
  "== $c"
  try { Invoke-Expression $c } catch { $_.FullyQualifiedErrorId; $_.CategoryInfo.ToString(); $_.Exception.Message }
}
Get-ChildItem -Exclude '[a' -ErrorAction SilentlyContinue
'next'
Test-Path a.txt
