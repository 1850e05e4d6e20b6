# Empty sides are allowed; the difference objects can come from the pipeline.
Compare-Object @() @(1, 2)
Compare-Object @(1, 2) @() | ForEach-Object { "$($_.InputObject) $($_.SideIndicator)" }
'-- pipeline'
'x', 'y' | Compare-Object 'y', 'z' | ForEach-Object { "$($_.InputObject) $($_.SideIndicator)" }
'-- nothing piped'
@() | Compare-Object 1, 2
'-- more references than differences'
Compare-Object (1..4) 2 -SyncWindow 1 | ForEach-Object { "$($_.InputObject) $($_.SideIndicator)" }
