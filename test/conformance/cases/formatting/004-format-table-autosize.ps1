[pscustomobject]@{ Name = 'a'; Value = 1 }, [pscustomobject]@{ Name = 'bb'; Value = 22 } | Format-Table -AutoSize
