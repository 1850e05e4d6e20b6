'abc'.Substring('x')
