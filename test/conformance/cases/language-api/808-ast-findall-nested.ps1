# without searchNested, FindAll does not enter function bodies or nested script blocks
$a = { function f { a }; $s = { b }; c }.Ast
$a.FindAll({$true}, $false) | ForEach-Object { $_.GetType().Name + ' ' + $_.Extent.Text }
'--'
$a.FindAll({$true}, $true).Count
$a.Find({ $args[0] -is [System.Management.Automation.Language.CommandAst] }, $true).Extent.Text
$a.Find({ $args[0] -is [System.Management.Automation.Language.CommandAst] }, $false).Extent.Text
$a.FindAll({ param($x) $null -ne $_ }, $true).Count
