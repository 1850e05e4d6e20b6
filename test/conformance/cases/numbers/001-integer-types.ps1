(42).GetType().FullName
(2147483647).GetType().FullName
(2147483648).GetType().FullName
(9223372036854775807).GetType().FullName
(9223372036854775808).GetType().FullName
