# trap with break ends the script; the host reports the exception's own record
function Invoke-Half { trap { 'trap in function'; break }; $z = 0; 1 / $z; 'not reached' }
try { Invoke-Half } catch { "caught: $($_.Exception.GetType().Name) $($_.CategoryInfo.Reason)" }
& { trap { break }; [int]::Parse('x') }
'not reached'
