class A { [int]$x = 3; [int] Twice() { return $this.x * 2 } }
$o = [A]::new()
$o.x
$o.Twice()
