[pscustomobject]@{ a = 1; b = 'x,y'; c = 'q"t' } | ConvertTo-Csv -UseQuotes Never
