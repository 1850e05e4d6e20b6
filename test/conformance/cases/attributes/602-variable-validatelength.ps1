[ValidateLength(1,3)][string]$s = 'ab'
try { $s = 'abcd' } catch { $_.Exception.Message }
try { $s = '' } catch { $_.Exception.Message }
$s
