for (1; $false; ) {}
"--"
for ($i=0; $i -lt 2; 7) { "i$i"; $i++ }
"--"
for ((1,2); $false; ) {}
"--"
for (($i = 0), ($j = 0); $false; ) {}
"--"
for ($i = ($j = 3); $false; ) {}
"--"
$x = for ($k = 0; $k -lt 1; $k++) { 'b' }; $x
