$o = [pscustomobject]@{ Name = 'n'; Size = 3 }
$o.GetType().FullName
$o.Name
$o
