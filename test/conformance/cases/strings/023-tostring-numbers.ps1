(1234.5).ToString()
(42).ToString('000')
(0.1 + 0.2).ToString()
[string](1/3)
