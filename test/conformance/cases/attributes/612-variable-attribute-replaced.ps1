[ValidateRange(0,10)]$a = 5
[ValidateLength(1,2)]$a = 'ab'
$a
try { $a = 'abc' } catch { $_.Exception.Message }
$a = 'zz'
$a
