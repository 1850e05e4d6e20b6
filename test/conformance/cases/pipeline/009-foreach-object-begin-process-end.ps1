1..3 | ForEach-Object -Begin { 'start' } -Process { $_ * 10 } -End { 'finish' }
