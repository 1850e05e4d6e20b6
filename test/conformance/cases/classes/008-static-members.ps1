class Counter {
  static [int] $Count = 7
  static [string] Describe() { return "count=" + [Counter]::Count }
  static [void] Bump() { [Counter]::Count++ }
}
[Counter]::Count
[Counter]::Bump()
[Counter]::Bump()
[Counter]::Describe()
[Counter]::Count = 1
[Counter]::Count
