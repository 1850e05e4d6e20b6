# Format-List of a ScriptBlockAst and its end block
$a = [scriptblock]::Create('Get-Date; 1 + 2').Ast
$a | Format-List
$a.EndBlock | Format-List
