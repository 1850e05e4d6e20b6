# an Ast's ToString() and string conversion are its extent text
$a = { param([Parameter(Mandatory)][string[]]$Name = 'x') 1; function f { } }.Ast
$p = $a.ParamBlock.Parameters[0]
$p.ToString(); "$p"; $p.Attributes[0].ToString(); "$($p.Attributes[0])"
$a.EndBlock.Statements[1].ToString()
$a.EndBlock.ToString()
$a.ParamBlock.ToString()
$a.EndBlock.Statements[0].PipelineElements[0].Expression.Value.GetType().Name
