$a = 2; $b = 3
"Sum: $($a + $b)"
"Items: $(1..3)"
