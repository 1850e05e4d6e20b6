$r = 'apple', 'berry', 'apricot' -match '^ap'
$r -join ','
