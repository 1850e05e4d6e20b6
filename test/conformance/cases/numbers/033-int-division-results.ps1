9 / 3
9 / 2
[int](9 / 2)
[math]::Floor(9 / 2)
