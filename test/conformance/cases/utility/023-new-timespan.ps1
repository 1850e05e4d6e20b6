# New-TimeSpan: the Time set builds a TimeSpan from its parts; the Date set is End minus Start (each defaults to now).
New-TimeSpan -Days 1 -Hours 2 -Minutes 3 -Seconds 4 -Milliseconds 5
(New-TimeSpan -Hours 25 -Minutes -30).ToString()
(New-TimeSpan -Milliseconds 1500).TotalSeconds
(New-TimeSpan).GetType().FullName
(New-TimeSpan -Start '2026-01-01' -End '2026-01-03 12:00').ToString()
(New-TimeSpan '2026-01-03' '2026-01-01').ToString()
([datetime]'2026-01-01' | New-TimeSpan -End '2026-01-02').TotalHours
[pscustomobject]@{ LastWriteTime = [datetime]'2026-01-01'; End = [datetime]'2026-02-01' } | New-TimeSpan | ForEach-Object Days
(New-TimeSpan -Start (Get-Date).AddMinutes(-5)).Minutes
$utc = [datetime]::new(2026, 1, 1, 0, 0, 0, [DateTimeKind]::Utc)
(New-TimeSpan -Start $utc -End $utc.ToLocalTime().AddTicks(7)).Ticks
try { New-TimeSpan -Days 1 -Start '2026-01-01' -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }
try { New-TimeSpan -Days x -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }
New-TimeSpan -Days 20000000
'after'
$Error[0].FullyQualifiedErrorId
$Error[0].CategoryInfo.ToString()
