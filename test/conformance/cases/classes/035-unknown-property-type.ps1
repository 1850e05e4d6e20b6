class A { [NoSuchType] $p }
