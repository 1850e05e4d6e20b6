[timespan]'01:30:00'
([timespan]'01:30:00').TotalMinutes
