class A { [int]$n }
$a = [A]::new()
$a.n = 'abc'
"after"
$a.n
