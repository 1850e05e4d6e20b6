class Animal {
  [string]$Name
  Animal([string]$name) { $this.Name = $name }
  [string] Speak() { return "..." }
  [string] Describe() { return "$($this.Name) says $($this.Speak())" }
}
class Dog : Animal {
  Dog([string]$name) : base($name) { }
  [string] Speak() { return "Woof" }
}
$d = [Dog]::new('Rex')
$d.Describe()
$d -is [Animal]
$d -is [Dog]
$d.GetType().BaseType.Name
