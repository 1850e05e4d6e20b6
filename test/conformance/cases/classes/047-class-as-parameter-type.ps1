class Pt { [int]$X; [int]$Y }
function Show-Point([Pt]$p) { "($($p.X), $($p.Y))" }
Show-Point ([Pt]@{ X = 1; Y = 2 })
Show-Point @{ X = 3; Y = 4 }
