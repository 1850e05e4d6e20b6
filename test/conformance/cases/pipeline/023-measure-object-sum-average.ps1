1..10 | Measure-Object -Sum -Average -Maximum -Minimum
