# A list changed while its items go down the pipeline: pwsh's BadEnumeration error after the first item.
$l = [System.Collections.Generic.List[string]]::new()
$l.Add('a'); $l.Add('b')
$l | ForEach-Object { $l.Add('z'); "got $_" }
"count $($l.Count)"
$e = $Error[0]
$e.FullyQualifiedErrorId
$e.CategoryInfo.ToString()
$e.Exception.GetType().FullName
$e.Exception.InnerException.GetType().FullName
$a = [System.Collections.ArrayList]::new()
[void]$a.Add(1)
$a | ForEach-Object { [void]$a.Add(2) }
$Error[0].CategoryInfo.ToString()
