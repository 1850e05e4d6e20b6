$code = 2
exit ($code * 3)
