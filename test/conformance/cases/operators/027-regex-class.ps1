[regex]::Matches('a1b22c333', '\d+') | ForEach-Object { $_.Value }
[regex]::Replace('aaa', 'a', 'b')
[regex]::Escape('a.b*c')
