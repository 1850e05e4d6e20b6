class A {
  [int] Sum([int[]]$values) {
    $total = 0
    foreach ($v in $values) { $total += $v }
    return $total
  }
  [string] Join() { $parts = 'a', 'b'; $sep = '-'; return $parts -join $sep }
}
$a = [A]::new()
$a.Sum(@(1, 2, 3))
$a.Join()
