[ValidatePattern('^a')]$p = 'abc'
$p = 'xyz'
"p=$p"
