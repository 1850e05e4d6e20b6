[int[]]$ints = '1', '2', '3'
$ints[0].GetType().Name
$ints.GetType().FullName
[string[]]$strs = 1, 2
$strs[1].GetType().Name
