[pscustomobject]@{ a = 1; b = 'x'; c = $null } | ConvertTo-Csv -QuoteFields A, c
