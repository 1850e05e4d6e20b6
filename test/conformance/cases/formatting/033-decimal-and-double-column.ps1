[pscustomobject]@{ D = 1.5d; F = 1.25; I = 10 }
