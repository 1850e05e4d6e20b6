1, 2, 3 -contains 2
1, 2, 3 -notcontains 5
2 -in 1, 2, 3
'x' -notin 'a', 'b'
'ABC' -in 'abc', 'def'
