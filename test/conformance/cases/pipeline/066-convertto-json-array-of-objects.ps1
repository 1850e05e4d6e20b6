@([pscustomobject]@{ N = 1; S = 'a' }, [pscustomobject]@{ N = 2; S = 'b' }) | ConvertTo-Json
