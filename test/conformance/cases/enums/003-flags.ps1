[Flags()] enum Perm { None = 0; Read = 1; Write = 2; Exec = 4 }
[Perm]'Read, Write'
[Perm]3
[Perm]7
[int][Perm]'read,exec'
