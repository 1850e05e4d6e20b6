$h = @{ a = 1 }
"h: $h"
"n: [$null]"
$sb = { 1 + 1 }
"sb: $sb"
