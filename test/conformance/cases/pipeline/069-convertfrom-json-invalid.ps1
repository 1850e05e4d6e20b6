'{ not json' | ConvertFrom-Json
'after'
