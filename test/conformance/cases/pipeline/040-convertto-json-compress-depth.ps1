[ordered]@{ a = 1; b = 'two' } | ConvertTo-Json -Compress
@(1, 2, 3) | ConvertTo-Json -Compress
'plain' | ConvertTo-Json
