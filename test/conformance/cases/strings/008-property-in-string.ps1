$o = [pscustomobject]@{ Name = 'x' }
"Name: $o.Name"
"Name: $($o.Name)"
