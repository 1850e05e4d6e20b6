$d = [System.Collections.Generic.Dictionary[string,int]]::new()
$d['a'] = 1; $d.b = 2; $d.Add('c', '3')
$d.a
$d.c.GetType().Name
$d.Count
foreach ($x in $d) { "foreach sees one object: $x" }
($d | Measure-Object).Count
$d.Keys.GetType().ToString()
$d.Keys | ForEach-Object { "key $_" }
$d.Values
$d.Remove('a')
$d.Remove('zz')
$d.ContainsValue(2)
try { $d.Add('b', 5) } catch { $_.Exception.Message }
$null -eq $d['zz']
$d.TryAdd('b', 9)
$d.TryAdd('z', 9)
$d.GetEnumerator() | ForEach-Object { "$($_.Key)=$($_.Value)" }
$d.GetEnumerator() | Select-Object -First 1 | ForEach-Object { $_.GetType().ToString(); "$_" }
