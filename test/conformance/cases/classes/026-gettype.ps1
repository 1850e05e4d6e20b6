class A {}
class B : A {}
$b = [B]::new()
$b.GetType().Name
$b.GetType().FullName
[B].BaseType.Name
[A].BaseType.FullName
