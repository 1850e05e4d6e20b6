$null ?? 'default'
'value' ?? 'default'
$x = $null
$x ??= 'assigned'
$x
$x ??= 'again'
$x
