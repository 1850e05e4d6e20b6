class Base1 { [int]$Id = 1 }
class Derived1 : Base1 { [string]$Name = 'd' }
[Derived1]::new() | Format-List
