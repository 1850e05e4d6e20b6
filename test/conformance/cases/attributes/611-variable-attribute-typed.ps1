[ValidateRange(0,10)][int]$z = '3'
$z.GetType().Name
$z = '4'
$z.GetType().Name
try { $z = 'abc' } catch { $_.Exception.Message }
$z
