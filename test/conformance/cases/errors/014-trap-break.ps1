trap { "trapped: $_"; break }
'start'
throw 'stops here'
'never'
