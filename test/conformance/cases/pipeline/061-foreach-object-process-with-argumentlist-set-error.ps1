1..2 | ForEach-Object -Process { param($p) "$p$_" } -ArgumentList '#'
