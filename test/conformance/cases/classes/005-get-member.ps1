class A { [int]$x = 3; [string]$Name; [int] Twice() { return $this.x * 2 }; }
[A]::new() | Get-Member
