1, 2, 3, 4 | Measure-Object -AllStats
'b', 'a', 'c' | Measure-Object -Maximum -Minimum
"one two`nthree", 'four' | Measure-Object -Line -Word -Character
[pscustomobject]@{ A = 1; B = 10 }, [pscustomobject]@{ A = 3; B = 20 } | Measure-Object A, B -Sum
'x' | Measure-Object -Sum
