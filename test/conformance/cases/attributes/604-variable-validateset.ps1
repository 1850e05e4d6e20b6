[ValidateSet('a','b')]$q = 'a'
try { $q = 'c' } catch { $_.Exception.Message }
$q = 'B'
$q
