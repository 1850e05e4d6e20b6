function Set-Level { param([ValidateRange(1, 5)] [int] $Level) "Level=$Level" }
Set-Level 3
Set-Level 9
