class A { [string] Who() { return 'A' } [string] Hello() { return 'hello from ' + $this.Who() } }
class B : A { [string] Who() { return 'B' } }
class C : B { }
[C]::new().Hello()
[C]::new() -is [A]
[B]::new().Hello()
