class Task1 { [string]$Title; [bool]$Done; Task1([string]$t, [bool]$d) { $this.Title = $t; $this.Done = $d } }
$tasks = [Task1]::new('write', $true), [Task1]::new('test', $false), [Task1]::new('ship', $false)
($tasks | Where-Object { -not $_.Done }).Title
$tasks.Title -join ','
