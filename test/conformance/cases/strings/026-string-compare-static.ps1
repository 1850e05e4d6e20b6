[string]::Compare('a', 'B')
[string]::Equals('x', 'X')
'abc'.CompareTo('abd')
