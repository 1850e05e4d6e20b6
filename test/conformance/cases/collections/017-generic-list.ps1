$list = [System.Collections.Generic.List[string]]::new()
$list.Add('x')
$list.Add('y')
$list.Count
$list[1]
$list.GetType().Name
