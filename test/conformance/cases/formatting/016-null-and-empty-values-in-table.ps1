[pscustomobject]@{ Name = $null; Value = '' }, [pscustomobject]@{ Name = 'x'; Value = 'y' }
