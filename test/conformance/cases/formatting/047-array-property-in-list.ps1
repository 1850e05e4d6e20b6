[pscustomobject]@{ Name = 'n'; Tags = 'a', 'b', 'c'; Empty = @(); One = @(1); Five = 1..5 }
