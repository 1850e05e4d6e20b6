class A { [int] Div([int]$d) { return 10 / $d } }
$a = [A]::new()
try { $a.Div(0) } catch { "caught: $_" }
$a.Div(2)
