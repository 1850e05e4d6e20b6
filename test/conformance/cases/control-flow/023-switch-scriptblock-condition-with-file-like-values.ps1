$value = 15
switch ($value) {
    { $_ -is [int] } { 'is int' }
    { $_ -gt 10 } { 'greater than 10' }
}
