$o = "a,b,c", "4,5" | ConvertFrom-Csv
$null -eq $o.c
$o.b.GetType().FullName
($o | Get-Member -MemberType NoteProperty).Name
