$i = [int]::MaxValue
$i + 1
($i + 1).GetType().Name
[long]::MaxValue + 1
([long]::MaxValue + 1).GetType().Name
