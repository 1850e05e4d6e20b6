# A -replace script block runs in the caller's scope; the -split predicate block gets a scope of its own.
'abc' -replace 'b', { $matched = $_.Value; 'X' }
"matched=$matched"
$null = 'a,b' -split { $splitSeen = 1; $_ -eq ',' }
"splitSeen=[$splitSeen]"
