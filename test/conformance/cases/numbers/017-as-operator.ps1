'42' -as [int]
'abc' -as [int]
$null -eq ('abc' -as [int])
3.7 -as [int]
