# Group-Object writes its groups from its end block; the first one is taken and the rest is dropped quietly.
$g = 'a', 'b', 'a', 'c' | Group-Object | Select-Object -First 1
"$($g.Name) $($g.Count) status: $?"
'x', 'y' | Group-Object | Select-Object -First 1 -ExpandProperty Name
