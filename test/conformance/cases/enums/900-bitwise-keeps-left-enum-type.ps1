[Flags()] enum Perm { None = 0; Read = 1; Write = 2; Exec = 4 }
enum Size { Small; Medium; Large }
$a = [Perm]::Read -bor 2; "$a"; $a.GetType().Name
$b = 2 -bor [Perm]::Read; "$b"; $b.GetType().Name
$c = [Perm]::Read -bxor [Perm]::Exec; "$c"; $c.GetType().Name
$d = -bnot [Perm]::Read; "$d"; $d.GetType().Name
$e = [Size]::Medium -bor [Size]::Large; "$e"; $e.GetType().Name
$g = [Perm]::Read -band [Perm]::Write; "$g"; $g.GetType().Name
$h = [Perm]::Read -bor [Size]::Large; "$h"; $h.GetType().Name
[System.ConsoleColor]::Red -band [System.ConsoleColor]::Blue
