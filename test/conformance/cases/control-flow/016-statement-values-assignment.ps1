$result = if ($true) { 'from if' } else { 'from else' }
$result
$list = foreach ($i in 1..3) { $i * $i }
$list -join ','
$sw = switch (3) { 3 { 'three' } }
$sw
