'Hello HELLO hello' -replace 'hello', 'bye'
'Hello HELLO hello' -creplace 'hello', 'bye'
