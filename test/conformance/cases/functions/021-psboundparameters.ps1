function Show-Bound { param($A, $B, [switch] $C) $PSBoundParameters.Keys | Sort-Object; $PSBoundParameters.Count }
Show-Bound -A 1 -C
