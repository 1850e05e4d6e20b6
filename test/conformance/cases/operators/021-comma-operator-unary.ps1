$a = ,1
$a.Count
$a.GetType().Name
(,(1, 2)).Count
