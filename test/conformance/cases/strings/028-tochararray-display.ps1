'abc'.ToCharArray()
-join 'abc'.ToCharArray()
