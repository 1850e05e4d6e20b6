# Invoke-Command gathers its pipeline input into $input and runs the block once, without $_.
1, 2, 3 | Invoke-Command { $input }
1, 2, 3 | Invoke-Command { "count: $(@($input).Count)" }
1, 2, 3 | Invoke-Command { "dollar-under: [$_]" }
Invoke-Command -InputObject 5 { "input: $input; dollar-under: [$_]" }
1, 2 | Invoke-Command { param($x) "x=$x input=$($input -join ',')" } -ArgumentList 9
1, 2 | Invoke-Command -NoNewScope { $input }
