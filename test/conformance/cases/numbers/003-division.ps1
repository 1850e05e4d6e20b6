10 / 4
10 / 5
(10 / 5).GetType().Name
(10 / 4).GetType().Name
7 % 3
-7 % 3
