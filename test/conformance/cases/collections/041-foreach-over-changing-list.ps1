# Changing a List[T] or ArrayList inside foreach over it stops the loop at its next step with .NET's
# InvalidOperationException, reported at the loop variable; the statements after the loop still run.
$l = [System.Collections.Generic.List[int]]::new()
$l.Add(1)
foreach ($x in $l) { $l.Add(2) }
"count $($l.Count)"
$a = [System.Collections.ArrayList]::new()
[void]$a.Add('a'); [void]$a.Add('b')
foreach ($x in $a) { "saw $x"; $a[1] = 'c' }
"items $($a -join ',')"
try { foreach ($x in $a) { $a.Remove('a') } } catch {
  $_.FullyQualifiedErrorId
  $_.CategoryInfo.ToString()
  $_.Exception.GetType().FullName
}
foreach ($x in $a) { "unchanged $x" }
