class A {
  [int] $p
  [string] $p
}
