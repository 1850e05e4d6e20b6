# an assignment's right side and the StaticType of expressions
$b = { $x = 1; $y = Get-Date; $z = if ($t) { 1 }; $n = 5L; $d = 1.5; [int]$c = '3'; [string[]]$s = @(); "a $b" }.Ast
$b.EndBlock.Statements | Where-Object { $_ -is [System.Management.Automation.Language.AssignmentStatementAst] } | ForEach-Object { $_.Right.GetType().Name + ' ' + $_.Right.Extent.Text + ' ' + $_.ErrorPosition.Text + ' ' + $_.Operator }
$b.FindAll({ $args[0] -is [System.Management.Automation.Language.ExpressionAst] }, $true) | ForEach-Object { "{0} {1} {2}" -f $_.GetType().Name, $_.StaticType, $_.Extent.Text }
