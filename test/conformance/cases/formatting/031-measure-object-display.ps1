'abc', 'de' | Measure-Object -Property Length -Sum
