function Inner { param($A, $B) "Inner A=$A B=$B" }
function Outer { param($A, $B) Inner @PSBoundParameters }
Outer -A 1 -B 2
