enum Size { Small; Medium; Large }
try { [Size]"Medium, Large" } catch { $_.FullyQualifiedErrorId }
[Size]"Small, Medium"
