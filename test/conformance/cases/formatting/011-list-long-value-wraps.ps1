[pscustomobject]@{ Description = ('lorem ipsum ' * 12).Trim(); A = 1; B = 2; C = 3; D = 4 }
