function Set-Items { param([ValidateCount(1, 2)] [string[]] $Items) $Items.Count }
Set-Items -Items a, b, c
function Set-Short { param([ValidateLength(1, 3)] [string] $S) $S }
Set-Short -S 'toolong'
