[pscustomobject]@{ Name = 'n'; Pairs = @(@(1, 2), 3) }
