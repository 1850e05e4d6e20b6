3, 1, 2 | Sort-Object
'b', 'A', 'c' | Sort-Object
3, 1, 2 | Sort-Object -Descending
