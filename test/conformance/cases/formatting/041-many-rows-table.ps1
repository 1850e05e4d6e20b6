1..12 | ForEach-Object { [pscustomobject]@{ Id = $_; Square = $_ * $_; Label = "row $_" } }
