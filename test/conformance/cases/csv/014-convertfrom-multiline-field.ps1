$m = ConvertFrom-Csv -InputObject "a,b`n`"l1`nl2`",2`n`"x`r`ny`",3"
$m[0].a
$m[1].a.Length
