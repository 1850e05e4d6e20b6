$x = (1 + 2
'after'
