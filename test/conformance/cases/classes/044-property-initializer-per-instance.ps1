class Bag { [System.Collections.ArrayList]$Items = [System.Collections.ArrayList]::new() }
$a = [Bag]::new(); $b = [Bag]::new()
$null = $a.Items.Add(1)
$a.Items.Count
$b.Items.Count
