0.1d + 0.2d
(1d / 3).GetType().Name
[decimal]10 / 4
