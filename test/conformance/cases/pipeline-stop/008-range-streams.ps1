# A range at the start of a pipeline streams its numbers, so a huge range stops at once.
1..1e9 | Select-Object -First 3
"status: $?"
2e9..1 | Select-Object -First 2
$n = 0
1..1e9 | ForEach-Object { $n++; $_ } | Select-Object -First 1
"counted: $n"
foreach ($i in 1..1e9) { if ($i -gt 2) { break }; "foreach $i" }
