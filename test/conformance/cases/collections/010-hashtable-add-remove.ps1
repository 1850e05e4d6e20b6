$h = [ordered]@{}
$h.a = 1
$h['b'] = 2
$h.Add('c', 3)
$h.Remove('a')
$h.Keys -join ','
$h.Values -join ','
