# Found by the fuzz run: a selector that is neither a name nor a script block, and a dictionary key that is not a string, are errors naming the type (they printed [object Object]).
'abc' | Measure-Object | Group-Object -AsHashTable | ConvertTo-Json -Compress
@{1="a"} | ConvertTo-Json -Compress
"after"; $e=$Error[0]; $e.FullyQualifiedErrorId; $e.CategoryInfo.ToString(); $e.Exception.GetType().FullName
$obj = [pscustomobject]@{ Id = 1 }
$obj | Format-List $obj
$e=$Error[0]; $e.FullyQualifiedErrorId; $e.CategoryInfo.ToString(); $e.Exception.GetType().FullName
$obj | Select-Object $obj
$obj | Format-Table 5
$obj | Select-Object 5
$obj | Format-List ([datetime]"2020-01-01")
$obj | Select-Object ([string[]]'Id')
