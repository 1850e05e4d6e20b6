$d = [System.Collections.Generic.Dictionary[string,string]]::new()
$d['name'] = 'value'
$v = $null
$d.TryGetValue('name', [ref]$v)
$v
$d.TryGetValue('missing', [ref]$v)
$null -eq $v
$found = $null
if ($d.TryGetValue('name', [ref]$found)) { "found $found" }
