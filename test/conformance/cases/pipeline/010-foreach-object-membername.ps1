'abc', 'de' | ForEach-Object Length
'abc', 'de' | ForEach-Object -MemberName ToUpper
