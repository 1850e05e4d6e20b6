$s = 'hello'
$s[0]
$s[-1]
$s[1..3]
$s[0].GetType().FullName
