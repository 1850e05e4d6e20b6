# Keys and Values are live views of the dictionary: changing it while walking them fails on the next step, and a
# saved Keys collection sees keys added later. @($h.Keys) takes a copy, so that loop may change the dictionary.
$h = @{ a = 1; b = 2 }
foreach ($k in $h.Keys) { $h.Remove($k) }
"count $($h.Count)"
$o = [ordered]@{ a = 1; b = 2 }
$keys = $o.Keys
$o['c'] = 3
$keys -join ','
$keys.GetType().FullName
$o.Keys[1]
foreach ($k in @($o.Keys)) { $o[$k] = 0 }
$o.Values -join ','
foreach ($v in $o.Values) { $o['d'] = 4 }
$o.Keys | ForEach-Object { $o.Remove($_) }
$Error[0].CategoryInfo.ToString()
$h = @{ x = 1 }
$h.Keys.GetType().Name
$h.Values.GetType().FullName
foreach ($k in $h.Keys) { $h.Remove('missing'); "kept $k" }
