enum Size { Small; Medium; Large = 254 }
enum B : byte { A = 10 }
[Flags()] enum Perm { None = 0; Read = 1; Write = 2; Exec = 4 }
[Size]::Large.ToString('x')
[Size]::Large.ToString('X')
[Size]::Large.ToString('d')
[Size]::Large.ToString('G')
[B]::A.ToString('X')
[Perm]6 | ForEach-Object ToString 'F'
[Perm]::Write.ToString('g')
'{0:X}|{0:G}|{0:D}|{0}' -f [Size]::Medium
"[$([Perm]'Read, Write')]"
[Size]::Large.ToString('q')
