# PSParser::Tokenize over several lines: newlines, keywords, variables, numbers
$errors = $null
$tokens = [System.Management.Automation.PSParser]::Tokenize("function Test-It {`n  param([int]`$Count = 3)`n  foreach (`$i in 1..`$Count) { `$i }`n}", [ref]$errors)
$tokens | ForEach-Object { '{0}|{1}|{2}:{3}' -f $_.Type, ($_.Content -replace "`n", '\n'), $_.StartLine, $_.StartColumn }
