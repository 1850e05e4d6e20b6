[pscustomobject]@{ a = 1; b = 2 }, [pscustomobject]@{ b = 3; c = 4 }, 5, 'str' | ConvertTo-Csv
