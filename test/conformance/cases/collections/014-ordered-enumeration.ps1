$h = [ordered]@{ one = 1; two = 2; three = 3 }
foreach ($k in $h.Keys) { "$k -> $($h[$k])" }
$h.GetEnumerator() | ForEach-Object { $_.Key + '=' + $_.Value }
