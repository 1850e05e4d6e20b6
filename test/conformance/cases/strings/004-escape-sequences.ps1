"tab:`tend"
"quote:`" dollar:`$x backtick:``"
"a`nb"
