# [scriptblock]::Create parses text into a script block that runs and has an Ast
$c = [scriptblock]::Create('Get-Date -Year 2020 -Month 1 -Day 2 | ForEach-Object Year; 1 + 2')
& $c
$c.GetType().FullName
$c.Ast.GetType().Name
$c.Ast.Extent.Text
$c.Ast.EndBlock.Statements.Count
