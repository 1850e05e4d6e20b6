1 / 0.0
-1 / 0.0
[double]::NaN
[double]::PositiveInfinity
