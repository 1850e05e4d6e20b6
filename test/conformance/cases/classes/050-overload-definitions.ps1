class A {
  [int] F() { return 1 }
  [int] F([int]$x) { return $x }
  [string] F([string]$x) { return "s$x" }
}
$a = [A]::new()
$a.F
