# A trap without continue or break reports the error and runs the trap's next statement
trap { "trap ran for: $($_.Exception.GetType().Name)" }
$z = 0
foreach ($i in 1..2) { 1 / $z; "in loop $i" }
"after loop"
function Get-Half { $z2 = 0; 10 / $z2; 'after division' }
Get-Half
"done"
