1 -eq 1
1 -ne 2
3 -gt 2
3 -ge 3
2 -lt 1
2 -le 2
