foreach ($i in 1..3) { $foreach.GetType().FullName; break }
foreach ($i in @(1,2)) { $foreach.GetType().FullName; break }
foreach ($i in 'x') { $foreach.GetType().FullName; break }
foreach ($i in @{a=1}) { $foreach.GetType().FullName; break }
$l = [System.Collections.Generic.List[int]]::new(); $l.Add(1)
foreach ($i in $l) { $foreach.GetType().FullName; break }
foreach ($i in [System.Collections.ArrayList]@(1)) { $foreach.GetType().FullName; break }
foreach ($i in (Get-ChildItem $PSScriptRoot -Filter 102-*)) { $foreach.GetType().FullName; break }
foreach ($i in 1,2,3,4) { "i=$i"; if ($i -eq 1) { [void]$foreach.MoveNext(); "skip to $($foreach.Current)" } }
foreach ($i in 1,2) { foreach ($j in 'a') { } ; "outer $($foreach.Current)" }
foreach ($i in 1,2,3) { if ($i -eq 3) { $foreach.Reset(); } ; $i; if ($n++ -gt 5) { break } }
$foreach | Get-Member -MemberType Method | Out-String -Width 200
foreach ($i in 1) { $foreach | Get-Member | Out-String -Width 200 }
