[pscustomobject]@{ Id = 1; Text = 'x' * 120 }
