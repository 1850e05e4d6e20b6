# -IncludeEqual adds ==; -ExcludeDifferent implies -IncludeEqual unless -IncludeEqual:$false is given.
$ref = 'a', 'b', 'c'
$dif = 'b', 'c', 'd'
Compare-Object $ref $dif -IncludeEqual
'-- exclude different'
Compare-Object $ref $dif -ExcludeDifferent | ForEach-Object { "$($_.InputObject) $($_.SideIndicator)" }
'-- exclude different, include equal off'
Compare-Object $ref $dif -ExcludeDifferent -IncludeEqual:$false
'-- include equal off'
Compare-Object $ref $dif -IncludeEqual:$false | ForEach-Object { "$($_.InputObject) $($_.SideIndicator)" }
