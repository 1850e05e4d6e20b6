# Member names written as numbers: hashtables look the number itself up, other objects its text
$h = @{1 = 'one'; '2' = 'two'; 0x10 = 'sixteen'}
"1: $($h.1)"
"2 (string key): [$($h.2)]"
"'2': $($h.'2')"
"0x10: $($h.0x10)"
"(1): $($h.(1))"
$k = 1
"`$k: $($h.$k)"
$h.1 = 'uno'
$h.5 = 'five'
$h.Keys | Sort-Object { "$_" } | ForEach-Object { '{0} {1} = {2}' -f $_, $_.GetType().Name, $h[$_] }
'abc' -match '(b)(c)' | Out-Null
"Matches: $($Matches.0) $($Matches.1) $($Matches.2)"
$o = [pscustomobject]@{'3' = 'three'}
"object: $($o.3)"
$d = [System.Collections.Generic.Dictionary[int,string]]::new()
$d[7] = 'seven'
"dict 7: $($d.7) '7': [$($d.'7')]"
$d.8 = 'eight'
$d.Keys -join ','
