# finding a function's comment block through tokens and extents, as help tools do
$code = @'
<#
.SYNOPSIS
Adds two numbers.
#>
function Add-Two { param($a, $b) $a + $b }
'@
$t = $null; $e = $null
$ast = [System.Management.Automation.Language.Parser]::ParseInput($code, [ref]$t, [ref]$e)
$f = $ast.Find({ $args[0] -is [System.Management.Automation.Language.FunctionDefinitionAst] }, $true)
$comment = $t | Where-Object { $_.Kind -eq 'Comment' -and $_.Extent.EndOffset -le $f.Extent.StartOffset } | Select-Object -Last 1
$comment.Text
$f.Name
$comment.Extent.EndLineNumber + 1 -eq $f.Extent.StartLineNumber
