# .Where() runs its script block in the caller's scope, and each mode stops calling it once the answer is known.
(1..3).Where({ $seen = $_; $true }) | Out-Null
"seen=$seen"
$calls = 0; $r = (1..10).Where({ $calls++; $_ -gt 3 }, 'First', 2); "First: calls=$calls result=$r"
$calls = 0; $r = (1..10).Where({ $calls++; $_ -gt 3 }, 'Default', 2); "Default: calls=$calls result=$r"
$calls = 0; $r = (1..10).Where({ $calls++; $_ -gt 3 }, 'Until', 2); "Until: calls=$calls result=$r"
$calls = 0; $r = (1..10).Where({ $calls++; $_ -gt 3 }, 'SkipUntil', 2); "SkipUntil: calls=$calls result=$r"
$calls = 0; $r = (1..10).Where({ $calls++; $_ -gt 3 }, 'Last', 2); "Last: calls=$calls result=$r"
$calls = 0; $r = (1..10).Where({ $calls++; $_ -gt 3 }, 'Split', 2); "Split: calls=$calls matched=$($r[0]) rest=$($r[1])"
