# A blank between a type name and its [] or generic arguments inside a type literal
[string []]$y = 1, 2
$y.GetType().FullName
$y[1].GetType().Name
([int []] ('1', '2')).GetType().FullName
[string [] ]$z = 'a'
$z.GetType().FullName
[System.Collections.Generic.List [int]]::new().GetType().Name
$dict = [System.Collections.Generic.Dictionary [string, int]]::new()
$dict.GetType().Name
'5' -as [int []] | ForEach-Object { $_.GetType().Name }
