[pscustomobject]@{ Text = "one`ntwo`nthree"; A = 1; B = 2; C = 3; D = 4 }
