'before'
throw 'fatal problem'
'never'
