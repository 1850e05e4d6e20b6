[ValidateNotNull()]
[string]$v = 'x'
$v
try { $v = $null } catch { $_.Exception.Message }
