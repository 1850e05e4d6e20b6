class A {
  [int] H() { return }
}
