class A {
  [int]$x
  static [int] F() { return $this.x }
}
