[ordered]@{ name = 'x'; n = 1; list = 1, 2; nested = [ordered]@{ t = $true; z = $null } } | ConvertTo-Json
