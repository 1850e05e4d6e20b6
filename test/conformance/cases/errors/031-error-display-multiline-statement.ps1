$value = 1 +
    (1 / $null)
'after'
