$d = Get-Date -Year 2021 -Month 3 -Day 4 -Hour 15 -Minute 6 -Second 7 -Millisecond 8
Get-Date -Date $d -Format 'yyyy-MM-dd HH:mm:ss.fff dddd MMMM'
Get-Date -Date $d -UFormat '%Y/%m/%d %H:%M:%S %A %B %j %u %w %y %p %I %e'
Get-Date -Date $d -UFormat '%D %T %R %F %C %h %n%t%%'
Get-Date -UnixTimeSeconds 86400 -AsUTC -Format o
(Get-Date -Date $d).DayOfWeek
