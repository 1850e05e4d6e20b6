$values = 'a', 'b'
'{0}-{1}' -f $values
