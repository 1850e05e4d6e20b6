$x = 5
class A {
  [int] F() { return $x }
}
