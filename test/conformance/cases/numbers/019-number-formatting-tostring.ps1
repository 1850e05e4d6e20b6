(1234567.891).ToString('N2')
(255).ToString('X')
(0.5).ToString('P0')
(42).ToString('D5')
