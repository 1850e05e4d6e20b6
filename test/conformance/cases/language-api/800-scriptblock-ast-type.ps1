# A script block's Ast is a ScriptBlockAst whose parent is the ScriptBlockExpressionAst it was written as
$sb = { param($a) "x $a" }
$sb.Ast.GetType().FullName
$sb.Ast.Parent.GetType().Name
$sb.Ast.Parent.Parent.GetType().Name
$sb.Ast.Extent.Text
