# Every callback runs at the same depth below its caller, however many items came before it.
function Get-ScopeDepth { $n = 0; while ($true) { try { $null = Get-Variable -Scope ($n + 2) -ErrorAction Stop; $n++ } catch { break } }; $n }
$base = & { Get-ScopeDepth }
$items = 1..50
"Select-Object: $(($items | Select-Object @{ Name = 'd'; Expression = { (Get-ScopeDepth) - $base } }).d | Sort-Object -Unique)"
"Sort-Object: $(($items | Sort-Object { Get-ScopeDepth } -Unique | Measure-Object).Count) distinct"
"Invoke: $(($items | ForEach-Object { { (Get-ScopeDepth) - $base }.Invoke() }) | Sort-Object -Unique)"
"ForEach: $($items.ForEach({ (Get-ScopeDepth) - $base }) | Sort-Object -Unique)"
