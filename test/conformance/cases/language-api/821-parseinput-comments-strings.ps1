# comments, here-strings, line continuations and variable tokens
$code = "# first`n<# block`n comment #>`n`$x = @'`nlit`n'@`n`$y = @`"`nexp `$x`n`"@`nWrite-Output a ``n  b `${braced} `$env:HOME @splat"
$t = $null; $e = $null
$null = [System.Management.Automation.Language.Parser]::ParseInput($code, [ref]$t, [ref]$e)
$t | ForEach-Object { '{0} [{1}]' -f $_.Kind, ($_.Text -replace "`n", '\n') }
$t | Where-Object { $_ -is [System.Management.Automation.Language.VariableToken] } | ForEach-Object { $_.Name + ' ' + $_.VariablePath.UserPath }
$t | Where-Object Kind -eq 'HereStringLiteral' | ForEach-Object Value
