Invoke-Expression '1 +'
'after'
