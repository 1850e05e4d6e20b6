$m = [regex]::Match('2024-06-01', '(\d+)-(\d+)-(\d+)')
$m.Success
$m.Groups[2].Value
$m.Groups.Count
