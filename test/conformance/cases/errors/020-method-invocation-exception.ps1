'abc'.Substring(10)
