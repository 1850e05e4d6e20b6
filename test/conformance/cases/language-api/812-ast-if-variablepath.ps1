# IfStatementAst clauses are tuples; VariablePath and generic type names in Format-List
$a = { if ($c) { d } else { g }; $env:Path; [System.Collections.Generic.List[string]]::new(); $x; $global:q }.Ast
$a.EndBlock.Statements[0] | Format-List
$a.EndBlock.Statements[0].Clauses[0] | Format-List
$a.EndBlock.Statements[1].PipelineElements[0].Expression.VariablePath | Format-List
$a.EndBlock.Statements[2].PipelineElements[0].Expression.Expression.TypeName | Format-List
$a.EndBlock.Statements[2].PipelineElements[0].Expression.Expression.TypeName.TypeName | Format-List
$a.EndBlock.Statements[3].PipelineElements[0].Expression.VariablePath | Format-List
$a.EndBlock.Statements[4].PipelineElements[0].Expression.VariablePath | Format-List
