'this line never runs'
if ($true) {
