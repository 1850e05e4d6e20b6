class A {
  [string] S() { return 42 }
  [int] I() { return '7' }
  [object] Arr() { return 1, 2, 3 }
  [int[]] Ints() { return '1', '2' }
}
$a = [A]::new()
$a.S().GetType().Name
$a.I().GetType().Name
$a.Arr().GetType().Name
$a.Ints().GetType().Name
