# the commands a script calls, with their parameters
$ast = { Get-ChildItem -Path . -Recurse | Where-Object Length -gt 10 | Sort-Object -Property Name; & $cmd; . ./x.ps1 }.Ast
$ast.FindAll({ $args[0] -is [System.Management.Automation.Language.CommandAst] }, $true) | ForEach-Object {
  '{0} op={1} params={2}' -f $_.CommandElements[0].Extent.Text, $_.InvocationOperator, (($_.CommandElements | Where-Object { $_ -is [System.Management.Automation.Language.CommandParameterAst] } | ForEach-Object ParameterName) -join ',')
}
