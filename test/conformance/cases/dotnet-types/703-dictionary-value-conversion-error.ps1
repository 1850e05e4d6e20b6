$d = [System.Collections.Generic.Dictionary[string,int]]::new()
$d['x'] = '5'
$d['x'] + 1
$d['q'] = 'not a number'
'after'
