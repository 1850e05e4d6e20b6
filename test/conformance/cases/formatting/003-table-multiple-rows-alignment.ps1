[pscustomobject]@{ Name = 'a'; Value = 1 }, [pscustomobject]@{ Name = 'longer name'; Value = 12345 }
