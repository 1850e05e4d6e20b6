exit '5'
