enum Size { Small; Medium; Large }
[Size].IsEnum
[int].IsEnum
[Size]::Small -is [enum]
[Size]::Small -is [System.ValueType]
[System.DayOfWeek]::Monday -is [System.Enum]
3 -is [enum]
([Size]::Small).pstypenames -join ','
[Size].BaseType.FullName
