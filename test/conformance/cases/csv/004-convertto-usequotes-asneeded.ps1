[pscustomobject]@{ a = 1; b = 'x,y'; c = $null; d = 'q"t'; e = ''; f = ' sp '; g = "l1`nl2"; h = 'a;b' } | ConvertTo-Csv -UseQuotes AsNeeded
