# Format-List of a pipeline, a binary expression and a constant
$a = [scriptblock]::Create('Get-Date; 1 + 2').Ast
$a.EndBlock.Statements[1] | Format-List
$a.EndBlock.Statements[1].PipelineElements[0].Expression | Format-List
$a.EndBlock.Statements[1].PipelineElements[0].Expression.Left | Format-List
$a.EndBlock.Statements[0].PipelineElements[0] | Format-List
