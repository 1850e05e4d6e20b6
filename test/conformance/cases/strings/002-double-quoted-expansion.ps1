$name = 'World'
"Hello, $name!"
"Braces: ${name}s"
