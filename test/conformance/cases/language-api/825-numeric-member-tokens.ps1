# Parser tokens and AST for numeric member names and type literals with blanks
foreach ($s in '$h.1', '$h.0x10', '$h.1kb', '$h.1.5', '$h.-1', '$h.a1', '[string []]$y', '[System.Collections.Generic.List [int]]::new()') {
  $tokens = $null; $errors = $null
  $ast = [System.Management.Automation.Language.Parser]::ParseInput($s, [ref]$tokens, [ref]$errors)
  "$s => " + (($tokens | ForEach-Object { "$($_.Kind):$($_.Text)" }) -join ' ') + " errors: $($errors.Count)"
  $m = $ast.Find({ param($a) $a -is [System.Management.Automation.Language.MemberExpressionAst] }, $true)
  if ($m) { '  member {0} {1} {2}' -f $m.Member.GetType().Name, $m.Member.Value, $m.Member.Value.GetType().Name }
  $t = $ast.Find({ param($a) $a -is [System.Management.Automation.Language.TypeConstraintAst] -or $a -is [System.Management.Automation.Language.TypeExpressionAst] }, $true)
  if ($t) { '  type {0} | {1} | {2}' -f $t.TypeName.FullName, $t.TypeName.Extent.Text, $t.TypeName.GetType().Name }
}
$errors = $null
[System.Management.Automation.PSParser]::Tokenize('[string []]$y; $h.1', [ref]$errors) | ForEach-Object { '{0}|{1}|{2}|{3}' -f $_.Type, $_.Content, $_.Start, $_.Length }
