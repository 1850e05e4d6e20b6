class D { [int]$i; [string]$s; [bool]$b; [double]$d; $o; [datetime]$when }
$x = [D]::new()
$x.i
$null -eq $x.s
$x.b
$x.d
$null -eq $x.o
