$a = 1, 2, 3, 1
($a -eq 1).Count
($a -ne 1) -join ','
