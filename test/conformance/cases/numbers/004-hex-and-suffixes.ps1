0x10
0xFF
1kb
2mb
1gb
10l.GetType().Name
1.5d.GetType().Name
