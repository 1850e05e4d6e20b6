class A { [int]$n }
$a = [A]::new()
$a.NoSuch()
"after"
