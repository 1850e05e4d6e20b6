class A {
  [int] F([int]$x) { if ($x -gt 0) { return 1 } elseif ($x -lt 0) { return -1 } else { return 0 } }
  [int] G() { throw 'never' }
  [int] H() { try { return 1 } finally { } }
}
$a = [A]::new()
$a.F(5); $a.F(-5); $a.F(0)
$a.H()
