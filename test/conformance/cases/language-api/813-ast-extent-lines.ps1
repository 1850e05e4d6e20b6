# Extent line and column numbers across lines
$ast = [scriptblock]::Create("`$a = 1`n  function f {`n    'x'`n  }`n").Ast
$f = $ast.EndBlock.Statements[1]
$f.Extent | Format-List
'{0}:{1}-{2}:{3} [{4}..{5}]' -f $f.Extent.StartLineNumber, $f.Extent.StartColumnNumber, $f.Extent.EndLineNumber, $f.Extent.EndColumnNumber, $f.Extent.StartOffset, $f.Extent.EndOffset
$f.Extent.StartScriptPosition | Format-List
$f.Extent.StartScriptPosition.GetFullScript().Length
