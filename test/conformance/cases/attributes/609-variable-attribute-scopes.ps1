$y = 50
[ValidateRange(0,10)]$y = 5
$y
function g { [ValidateRange(0,10)]$y = 7; $y; try { $y = 60 } catch { $_.Exception.Message } }
g
$y = 70
"y=$y"
