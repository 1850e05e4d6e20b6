$i = 0
while ($true) {
    $i++
    if ($i -ge 3) { break }
}
$i
