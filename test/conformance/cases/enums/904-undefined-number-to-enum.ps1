[Flags()] enum Perm { None = 0; Read = 1; Write = 2; Exec = 4 }
enum Size { Small; Medium; Large }
[Perm]7
[Perm]16
try { [Size]5 } catch { $_.FullyQualifiedErrorId; $_.Exception.GetType().FullName }
[System.DayOfWeek]9
[Size]'Medium, Large'
