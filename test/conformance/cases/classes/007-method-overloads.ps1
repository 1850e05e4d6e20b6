class A {
  [int] F() { return 1 }
  [int] F([int]$x) { return $x }
  [string] F([string]$x) { return "s$x" }
  [string] F([int]$x, [int]$y) { return "$x,$y" }
}
$a = [A]::new()
$a.F()
$a.F(2)
$a.F('x')
$a.F(3, 4)
