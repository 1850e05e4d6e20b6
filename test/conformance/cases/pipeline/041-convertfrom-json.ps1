$o = '{"name":"x","items":[1,2,3],"inner":{"ok":true}}' | ConvertFrom-Json
$o.name
$o.items.Count
$o.inner.ok
$o.GetType().FullName
