[pscustomobject]@{ Pi = [math]::PI; Third = 1 / 3; Big = 1e20 }
