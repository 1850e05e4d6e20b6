switch (1,2) { 1 { $PSItem = 5; "one $PSItem $_" } default { "d $PSItem" } }
1..2 | % { $PSItem += 10; $_ }
$_ = 3; $PSItem
