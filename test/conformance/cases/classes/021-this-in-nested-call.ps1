class Stack2 {
  [System.Collections.ArrayList]$Items = [System.Collections.ArrayList]::new()
  [void] Push([object]$x) { $null = $this.Items.Add($x) }
  [object] Pop() { $x = $this.Items[$this.Items.Count - 1]; $this.Items.RemoveAt($this.Items.Count - 1); return $x }
  [int] Size() { return $this.Items.Count }
}
$s = [Stack2]::new()
$s.Push(1); $s.Push('two'); $s.Push(3)
$s.Size()
$s.Pop()
$s.Pop()
$s.Size()
