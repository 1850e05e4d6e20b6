[decimal]1.10
[decimal]'1.10'
1.10d
100d / 3
