5, 3, 9, 1 | Sort-Object -Top 2
5, 3, 9, 1 | Sort-Object -Bottom 1
