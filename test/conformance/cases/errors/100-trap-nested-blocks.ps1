# A trap in a block catches errors in nested loops, if bodies, called functions and script blocks; continue resumes after the statement
trap { "trapped: $_"; continue }
$z = 0
foreach ($i in 1..2) { 1 / $z; "in loop $i" }
"after loop"
function Get-Half { param($n) $n / $z; "after division" }
Get-Half 4
"after function"
& { [int]::Parse('x'); 'after parse' }
"after block"
if ($true) { Get-NoSuchThing; 'after unknown command' }
"after if"
while ($true) { 1 / $z; 'loop body' }
"after while"
