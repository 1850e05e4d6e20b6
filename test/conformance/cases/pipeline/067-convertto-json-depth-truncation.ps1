[ordered]@{ l1 = [ordered]@{ l2 = [ordered]@{ l3 = 'deep' } } } | ConvertTo-Json -Depth 1
