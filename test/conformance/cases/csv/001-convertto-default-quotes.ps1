[pscustomobject]@{ Name = 'a'; Size = 1; Note = $null } | ConvertTo-Csv
