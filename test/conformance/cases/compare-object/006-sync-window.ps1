# -SyncWindow bounds how far apart matching objects may be.
Compare-Object (1..5) (5..1)
'-- window 2'
Compare-Object (1..5) (5..1) -SyncWindow 2 -IncludeEqual | ForEach-Object { "$($_.InputObject) $($_.SideIndicator)" }
'-- window 1'
Compare-Object @(1, 2, 3, 4) @(4, 3, 2, 1) -SyncWindow 1 | ForEach-Object { "$($_.InputObject) $($_.SideIndicator)" }
'-- window 0'
Compare-Object @(1, 2, 3) @(3, 2, 1) -SyncWindow 0 | ForEach-Object { "$($_.InputObject) $($_.SideIndicator)" }
'-- duplicates'
Compare-Object @(1, 1, 2) @(1, 2, 2) -IncludeEqual | ForEach-Object { "$($_.InputObject) $($_.SideIndicator)" }
