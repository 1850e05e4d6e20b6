# $null sides, element nulls, a negative window and a missing side are binding errors.
Compare-Object $null @(1)
Compare-Object @(1) $null
Compare-Object @(1, $null) @(1, 2)
Compare-Object @(1) @(2) -SyncWindow -1
Compare-Object -ReferenceObject 1
'done'
