$h = [ordered]@{ a = 1; b = 2 }
foreach ($entry in $h.GetEnumerator()) { "$($entry.Key)=$($entry.Value)" }
foreach ($x in $h) { $x.GetType().Name }
