[int]::MaxValue * 2
([int]::MaxValue * 2).GetType().Name
[long]::MaxValue * 2
