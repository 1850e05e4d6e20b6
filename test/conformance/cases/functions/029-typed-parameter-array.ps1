function Join-All { param([string[]] $Items) $Items.Count; $Items -join '|' }
Join-All -Items a, b, c
Join-All x
