1, 2, 3, 2 -eq 2
1, 2, 3, 4 -gt 2
'apple', 'banana', 'cherry' -like '*an*'
'a1', 'b2', 'c3' -match '[ab]'
