[int]::MaxValue
[int]::MinValue
[long]::MaxValue
[byte]::MaxValue
