'hello' -contains 'ell'
'hello' -like '*ell*'
