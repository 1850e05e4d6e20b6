# .ForEach() runs its script block in the caller's scope: what it assigns is visible afterwards, and $_ comes back.
(1..3).ForEach({ $z = $_ })
"z=$z"
$_ = 'outer'
(1..2).ForEach({ $null = $_ })
"under=$_"
function Test-Inner { (1..3).ForEach({ $inside = $_ * 2 }); "inside=$inside" }
Test-Inner
"after function: [$inside]"
& { $total = 0; (1..4).ForEach({ $total += $_ }); "total=$total" }
