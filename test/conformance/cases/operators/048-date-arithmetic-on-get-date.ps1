# Get-Date's DateTime carries a DisplayHint note property, so it reaches operators wrapped in a PSObject.
$start = Get-Date "2026-01-01"
$end = Get-Date "2026-01-03 04:05"
($end - $start).TotalHours
($end - [timespan]"1:00").ToString("s")
($start + [timespan]"2:30").ToString("s")
([timespan]"1:00" - 5).Ticks
try { $start - 5 } catch { $_.FullyQualifiedErrorId; $_.Exception.GetType().FullName }
$start - "x"
