class Row { [string]$Name; [int]$Size; Row([string]$n, [int]$s) { $this.Name = $n; $this.Size = $s } }
$rows = @([Row]::new('a', 1), [Row]::new('bb', 22), [Row]::new('ccc', 333))
$rows
$rows | Sort-Object Size -Descending | Select-Object -First 1 -ExpandProperty Name
($rows | Measure-Object Size -Sum).Sum
