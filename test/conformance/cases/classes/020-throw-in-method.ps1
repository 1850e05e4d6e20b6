class Validator { [void] Check([int]$n) { if ($n -lt 0) { throw "negative: $n" } } }
$v = [Validator]::new()
$v.Check(1)
try { $v.Check(-3) } catch { $_.Exception.Message }
