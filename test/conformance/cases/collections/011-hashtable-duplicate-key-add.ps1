$h = @{ a = 1 }
$h.Add('a', 2)
