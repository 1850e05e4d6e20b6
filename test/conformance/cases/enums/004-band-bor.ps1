[Flags()] enum Perm { None = 0; Read = 1; Write = 2; Exec = 4 }
$p = [Perm]::Read -bor [Perm]::Write
$p
($p -band [Perm]::Write) -eq [Perm]::Write
$p.HasFlag([Perm]::Exec)
$p.HasFlag([Perm]::Read)
