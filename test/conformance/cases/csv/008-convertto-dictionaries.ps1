@{ a = 1 } | ConvertTo-Csv
[ordered]@{ a = 1; b = $null; c = 'x' } | ConvertTo-Csv
