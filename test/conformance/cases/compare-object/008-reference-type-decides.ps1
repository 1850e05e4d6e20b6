# The reference object's type decides how a pair compares; objects without an ordering compare by text.
Compare-Object 1 '1' -IncludeEqual | ForEach-Object { "$($_.InputObject) $($_.SideIndicator)" }
Compare-Object '01' 1 | ForEach-Object { "$($_.InputObject) $($_.SideIndicator)" }
Compare-Object 1 '01' -IncludeEqual | ForEach-Object { "$($_.InputObject) $($_.SideIndicator)" }
Compare-Object $true 'True' -IncludeEqual | ForEach-Object { "$($_.InputObject) $($_.SideIndicator)" }
Compare-Object (Get-Date '2020-01-01') '2020-01-01' -IncludeEqual | ForEach-Object { "$($_.InputObject) $($_.SideIndicator)" }
Compare-Object ([TimeSpan]'0:0:1') '0:0:1' -IncludeEqual | ForEach-Object { "$($_.InputObject) $($_.SideIndicator)" }
Compare-Object '0:0:1' ([TimeSpan]'0:0:1') | ForEach-Object { "$($_.InputObject) $($_.SideIndicator)" }
'-- custom objects and hashtables'
Compare-Object ([pscustomobject]@{ a = 1 }) ([pscustomobject]@{ a = 2 }) -IncludeEqual
Compare-Object ([pscustomobject]@{ a = 1 }) 'x'
Compare-Object @{ a = 1 } @{ b = 2 } -IncludeEqual | ForEach-Object { "$($_.InputObject) $($_.SideIndicator)" }
