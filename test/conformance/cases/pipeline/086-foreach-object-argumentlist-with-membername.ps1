'a b', 'c d' | ForEach-Object -MemberName Replace -ArgumentList ' ', '_'
