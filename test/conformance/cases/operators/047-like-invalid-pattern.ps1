# An unclosed '[' (or '[]') and a reversed range are invalid patterns: a WildcardPatternException where the pattern
# is used; provider paths treat them as matching nothing.
foreach ($p in 'a[', '[a', '[]', '[c-a]') {
  try { 'a' -like $p } catch { '{0}: {1} | {2} | {3}' -f $p, $_.FullyQualifiedErrorId, $_.CategoryInfo, $_.Exception.Message }
}
'x' -like '['
switch -wildcard ('x') { '[' { 'm' } }
try { Get-Variable '[a' -ErrorAction Stop } catch { $_.FullyQualifiedErrorId; $_.CategoryInfo.ToString() }
Select-Object -InputObject ([pscustomobject]@{ a = 1 }) -Property '[a'
Set-Content -LiteralPath 'x[' 'text'
Get-ChildItem '[a'
"listed: $?"
Test-Path -LiteralPath 'x['
'after'
