$o = [pscustomobject]@{ Inner = [pscustomobject]@{ Name = 'deep' } }
"Value: $($o.Inner.Name)"
"Raw: $o"
