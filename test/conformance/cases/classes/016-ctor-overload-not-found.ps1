class A { A() {} A([int]$n) {} }
[A]::new(1, 2)
"after"
