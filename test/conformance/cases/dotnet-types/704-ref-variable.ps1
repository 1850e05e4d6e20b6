$x = 1
$r = [ref]$x
$r.GetType().FullName
$r.Value = 5
$x
$r
([ref]3).Value
function Set-Out([ref]$target) { $target.Value = 'set by function' }
$s = 'before'
Set-Out ([ref]$s)
$s
