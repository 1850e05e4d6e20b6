class A {
  [int]$n
  A() { $this.n = 1 }
  A([int]$n) { $this.n = $n }
  A([string]$s) { $this.n = $s.Length }
}
[A]::new().n
[A]::new(5).n
[A]::new('hello').n
