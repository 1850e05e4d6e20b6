[pscustomobject]@{ C1 = 1; C2 = 2; C3 = 3; C4 = 4; C5 = 5; C6 = 6 } | Format-Table
