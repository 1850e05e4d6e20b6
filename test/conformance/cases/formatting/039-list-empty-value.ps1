[pscustomobject]@{ Name = 'x'; Empty = ''; Nothing = $null } | Format-List
