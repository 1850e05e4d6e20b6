$t = [NoSuchType]::new()
$u = [NoSuchType]::Prop
$v = [NoSuchType]
$w = 1 -as [NoSuchType]
$x = [NoSuchType]'a'
[NoSuchType]::Foo($(1))
