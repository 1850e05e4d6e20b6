$true -eq 'true'
$true -eq 1
'false' -eq $false
