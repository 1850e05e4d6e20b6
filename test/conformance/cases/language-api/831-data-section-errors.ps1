# What a data section may not hold: each construct's ParseError id, extent and message
$cases = 'data d4 { Get-Date }', 'data d5 { $x = 1 }', 'data d6 { $z }', 'data -SupportedCommand Get-Date d2 { 1 }', 'data', 'data x',
  'data d { foreach ($i in 1) {} }', 'data d { & "x" }', 'data d { 1 + 2; "a" -f 1; @{a=1}; @(1); $(1) }', 'data d { [int]1 }',
  'data d { function f {} }', 'data d { "a$true" }', 'data d { 1..3 }', 'data d { $true.ToString() }', 'data d { [int]::MaxValue }',
  'data d { ,1 }', 'data d { 1 | ConvertFrom-StringData }', 'data d { while ($false) {} }', 'data d { for (;;) {} }',
  'data d { switch (1) {1 {}} }', 'data d { try {} finally {} }', 'data d { do {} while ($false) }', 'data d { @(1)[0] }',
  'data d { $true.Length }', 'data d { -split "a" }', 'data d { 1 -split 2 }', 'data d { -not 1 }', 'data d { "a" -match "b" }',
  'data d { "a" -like "b" }', 'data d { 1 -as [int] }', 'data d { trap {} }', 'data d { return 1 }', 'data d { throw "x" }',
  'data d { 1 | Get-Date }', 'data d { $env:HOME }', 'data d { $true = 1 }', 'data d -SupportedCommand a { A }', 'data d { @{a=$x} }'
foreach ($s in $cases) {
  $tokens = $null; $errors = $null
  [void][System.Management.Automation.Language.Parser]::ParseInput($s, [ref]$tokens, [ref]$errors)
  $s
  foreach ($e in $errors) { '  {0} [{1}] {2}' -f $e.ErrorId, $e.Extent.Text, $e.Message }
}
$data = { data d -SupportedCommand Get-Date, Get-Item { 'x' } }.Ast.EndBlock.Statements[0]
$data.GetType().Name
$data.Variable
$data.CommandsAllowed | ForEach-Object { $_.Value }
$data.Body.Extent.Text
