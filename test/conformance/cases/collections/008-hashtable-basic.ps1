$h = @{ a = 1; b = 2 }
$h.a
$h['b']
$h.Count
$h.ContainsKey('a')
$h.c -eq $null
