# Parser::ParseInput returns the tree and fills [ref] tokens and errors
$tokens = $null; $errors = $null
$ast = [System.Management.Automation.Language.Parser]::ParseInput('function f($a) { Get-Item -Path $a }', [ref]$tokens, [ref]$errors)
$ast.GetType().FullName
$tokens | Select-Object Kind, Text, TokenFlags
$errors.Count
$tokens.GetType().FullName
$errors.GetType().FullName
