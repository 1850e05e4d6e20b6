$h = @{ c = 3; a = 1; b = 2 }
$h.Keys | Sort-Object
$h.GetEnumerator() | Sort-Object Key | ForEach-Object { "$($_.Key)=$($_.Value)" }
