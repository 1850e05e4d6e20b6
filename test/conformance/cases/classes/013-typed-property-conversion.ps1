class A { [int]$n; [string]$s; [string[]]$list; [double]$d }
$a = [A]::new()
$a.n = '42'
$a.s = 7
$a.list = 'one'
$a.d = 3
$a.n.GetType().Name
$a.s.GetType().Name
$a.list.GetType().Name
$a.d.GetType().Name
