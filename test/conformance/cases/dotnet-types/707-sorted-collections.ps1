$sd = [System.Collections.Generic.SortedDictionary[string,int]]::new()
$sd['b'] = 2; $sd['a'] = 1; $sd['B'] = 3
$sd
$sd.Keys -join ','
$ss = [System.Collections.Generic.SortedSet[string]]::new()
$null = $ss.Add('b'); $null = $ss.Add('A'); $null = $ss.Add('a')
$ss
$ss.Min
$ss.Max
$n = [System.Collections.Generic.SortedSet[int]]::new()
10, 2, 33, 2 | ForEach-Object { [void]$n.Add($_) }
$n -join ' '
