'hello' -like 'h*o'
'hello' -like 'h?llo'
'hello' -like 'h[a-e]llo'
'hello' -notlike '*x*'
