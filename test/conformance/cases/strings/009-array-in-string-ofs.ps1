$arr = 1, 2, 3
"Array: $arr"
$OFS = '-'
"Array: $arr"
