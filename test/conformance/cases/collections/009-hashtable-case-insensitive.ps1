$h = @{ Name = 'value' }
$h.name
$h['NAME']
$h.ContainsKey('nAmE')
