[pscustomobject]@{ Name = 'n'; Count = 1 } | Get-Member
