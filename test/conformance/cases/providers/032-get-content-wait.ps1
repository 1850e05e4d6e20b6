# Get-Content -Wait stops when -TotalCount items are out or a downstream command has enough; not with -Raw.
Set-Content log.txt 'a', 'b', 'c'
Get-Content log.txt -Wait -TotalCount 2
Get-Content log.txt -Wait -Tail 1 | Select-Object -First 1
Get-Content log.txt -Wait -ReadCount 2 | Select-Object -First 1 | ForEach-Object { "[$_]" }
Get-Content log.txt -Wait | Select-Object -First 3 | ForEach-Object { '{0} {1}' -f $_, $_.ReadCount }
Get-Content log.txt -Raw -Wait
'end'
