class A {
  [int] F() { return 1 }
  [int] F() { return 2 }
}
