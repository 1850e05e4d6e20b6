$arr = $null
$arr[0]
'after'
