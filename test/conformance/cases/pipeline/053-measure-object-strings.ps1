'one two', 'three' | Measure-Object -Word -Character -Line
