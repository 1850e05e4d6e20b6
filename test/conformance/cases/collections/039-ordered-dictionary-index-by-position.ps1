$o = [ordered]@{ first = 'a'; second = 'b' }
$o[0]
$o[1]
$o['second']
