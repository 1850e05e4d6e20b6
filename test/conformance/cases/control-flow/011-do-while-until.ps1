$i = 0
do { "do-while $i"; $i++ } while ($i -lt 2)
$j = 0
do { "do-until $j"; $j++ } until ($j -ge 2)
