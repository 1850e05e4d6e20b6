$v = New-Object -TypeName System.Version -ArgumentList 1, 2, 3
$v.ToString()
$s = New-Object System.String -ArgumentList 'x', 3
$s
