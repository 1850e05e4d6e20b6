# ParameterAst, TypeName and AttributeAst objects in Format-List
$a = { param([Parameter(Mandatory)][string[]]$Name = 'x', $Other) if ($c) { d } else { g }; $env:Path; [System.Collections.Generic.List[string]]::new() }.Ast
$a.ParamBlock.Parameters[0] | Format-List
$a.ParamBlock.Parameters[1] | Format-List
$a.ParamBlock.Parameters[0].Attributes[1].TypeName | Format-List
$a.ParamBlock.Parameters[0].Attributes[0] | Format-List
$a.ParamBlock | Format-List
$a.ParamBlock.Parameters[0].Attributes[0].NamedArguments[0] | Format-List
