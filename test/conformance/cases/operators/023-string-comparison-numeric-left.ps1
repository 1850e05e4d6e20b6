10 -eq '10.0'
'10.0' -eq 10
'abc' -eq 'abc '
