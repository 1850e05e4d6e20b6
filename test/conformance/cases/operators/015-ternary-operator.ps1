$n = 5
$n -gt 3 ? 'big' : 'small'
$n -lt 3 ? 'big' : 'small'
