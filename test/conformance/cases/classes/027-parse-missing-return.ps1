"not printed"
class A {
  [int] F() { if ($true) { return 1 } }
}
