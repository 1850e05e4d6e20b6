$h = @{ 1 = 'one'; 2 = 'two' }
$h[1]
$h['1']
$h.Count
