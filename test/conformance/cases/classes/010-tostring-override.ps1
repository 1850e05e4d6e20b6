class Money {
  [decimal]$Amount
  [string]$Currency
  Money([decimal]$a, [string]$c) { $this.Amount = $a; $this.Currency = $c }
  [string] ToString() { return '{0:N2} {1}' -f $this.Amount, $this.Currency }
}
$m = [Money]::new(12.5, 'EUR')
"$m"
[string]$m
$m.ToString()
"Total: " + $m
