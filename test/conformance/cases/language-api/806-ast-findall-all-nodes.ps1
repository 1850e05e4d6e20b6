# FindAll({$true}, $true) visits every node in pwsh's visit order
$a = { do { a } while ($b); switch ($x) { 1 { y } default { z } }; [ValidateNotNull()][int]$q = 1; @{ k = 1; j = 2 } }.Ast
$a.FindAll({ $true }, $true) | ForEach-Object { "{0} [{1}]" -f $_.GetType().Name, $_.Extent.Text }
