[pscustomobject]@{ Name = 'ascii'; Value = 1 }, [pscustomobject]@{ Name = '日本語'; Value = 2 }
