$list = [System.Collections.ArrayList]::new()
$list.Add('a')
[void]$list.Add('b')
$list.Count
$list -join ','
