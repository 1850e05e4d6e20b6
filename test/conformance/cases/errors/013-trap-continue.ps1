trap { "trapped: $_"; continue }
'start'
throw 'boom'
'after throw'
