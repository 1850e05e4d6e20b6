$a = 1, $null, 3
$a.Count
$a -contains $null
