# Case-insensitive by default; -CaseSensitive tells 'a' from 'A'; -Culture decides how letters fold.
Compare-Object @('a', 'B') @('A', 'b') -IncludeEqual | ForEach-Object { "$($_.InputObject) $($_.SideIndicator)" }
'-- case sensitive'
Compare-Object @('a', 'B') @('A', 'b') -CaseSensitive | ForEach-Object { "$($_.InputObject) $($_.SideIndicator)" }
'-- tr-TR'
Compare-Object 'i' 'I' -Culture tr-TR | ForEach-Object { "$($_.InputObject) $($_.SideIndicator)" }
'-- en-US'
Compare-Object 'i' 'I' -Culture en-US -IncludeEqual | ForEach-Object { "$($_.InputObject) $($_.SideIndicator)" }
