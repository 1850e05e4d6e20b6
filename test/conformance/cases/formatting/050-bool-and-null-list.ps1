[pscustomobject]@{ Yes = $true; No = $false; Nothing = $null; Zero = 0; Empty = '' }
