$x = 'outer'
& { $x = 'inner'; "inside: $x" }
"outside: $x"
& { $script:x = 'changed'; }
"after script scope: $x"
