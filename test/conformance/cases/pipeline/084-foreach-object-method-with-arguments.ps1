'a-b', 'c-d' | ForEach-Object -MemberName Split -ArgumentList '-'
