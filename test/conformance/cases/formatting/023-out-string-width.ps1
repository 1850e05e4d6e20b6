[pscustomobject]@{ Name = 'a'; Text = 'x' * 50 } | Out-String -Width 40
