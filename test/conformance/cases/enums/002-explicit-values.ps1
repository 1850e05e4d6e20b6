enum Level { Low = 1; Medium = 5; High }
[int][Level]::High
[Level]5
[Level]::Low -lt [Level]::High
