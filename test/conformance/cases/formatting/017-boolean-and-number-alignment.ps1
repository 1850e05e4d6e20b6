[pscustomobject]@{ Flag = $true; Num = 3.14; Int = -7; Str = 'left' }
