[pscustomobject]@{ a = 'x,y'; b = 'q"t'; c = " sp "; d = "l1`nl2" } | ConvertTo-Csv
