[pscustomobject]@{ Name = 'h'; Data = @{ k = 'v' } }
