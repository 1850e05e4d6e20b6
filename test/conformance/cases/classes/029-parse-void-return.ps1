class A {
  [void] G() { return 1 }
}
