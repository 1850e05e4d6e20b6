function Get-Factorial { param([int] $N) if ($N -le 1) { 1 } else { $N * (Get-Factorial ($N - 1)) } }
Get-Factorial 10
