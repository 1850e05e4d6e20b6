'a1b2' -replace '\d', { [int]$_.Value * 10 }
