$a = '[1, "two", {"three": 3}]' | ConvertFrom-Json
$a.Count
$a[1]
$a[2].three
