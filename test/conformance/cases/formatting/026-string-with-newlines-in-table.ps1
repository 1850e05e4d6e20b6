[pscustomobject]@{ Name = 'multi'; Text = "line1`nline2" }
