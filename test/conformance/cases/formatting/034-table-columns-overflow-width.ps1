[pscustomobject]@{ First = 'a' * 30; Second = 'b' * 30; Third = 'c' * 30 }
