$v = 'outer'
function Set-V { $v = 'inner' }
Set-V
$v
. Set-V
$v
