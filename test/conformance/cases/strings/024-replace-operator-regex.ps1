'hello world' -replace 'o', '0'
'John Smith' -replace '(\w+) (\w+)', '$2, $1'
'a.b.c' -replace '\.', '/'
