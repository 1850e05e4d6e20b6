# listing the functions of a script and their parameter names, as tools do
$code = @'
function Get-Thing { param([string]$Name, [int]$Count = 2) Get-Item $Name }
function Set-Thing($Path, [switch]$Force) { Set-Content -Path $Path -Value 1 }
filter Select-Odd { if ($_ % 2) { $_ } }
'@
$ast = [scriptblock]::Create($code).Ast
foreach ($f in $ast.FindAll({ $args[0] -is [System.Management.Automation.Language.FunctionDefinitionAst] }, $true)) {
  $params = if ($f.Parameters) { $f.Parameters } else { $f.Body.ParamBlock.Parameters }
  '{0} filter={1} params={2} line={3}' -f $f.Name, $f.IsFilter, (($params | ForEach-Object { $_.Name.VariablePath.UserPath }) -join ','), $f.Extent.StartLineNumber
}
