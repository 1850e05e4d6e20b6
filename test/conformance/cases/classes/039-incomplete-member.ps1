class A {
  [int]
}
