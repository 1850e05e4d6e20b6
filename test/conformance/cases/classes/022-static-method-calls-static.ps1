class MathX {
  static [int] Square([int]$x) { return $x * $x }
  static [int] SumSquares([int]$a, [int]$b) { return [MathX]::Square($a) + [MathX]::Square($b) }
}
[MathX]::SumSquares(3, 4)
