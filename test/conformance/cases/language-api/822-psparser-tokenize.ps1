# PSParser::Tokenize gives PSTokens with Type, Content, Start, Length and positions
$errors = $null
$tokens = [System.Management.Automation.PSParser]::Tokenize('Get-ChildItem -Path "C:\x" | Where-Object { $_.Length -gt 10 } # big', [ref]$errors)
$tokens | Format-Table Type, Content, Start, Length, StartLine, StartColumn, EndLine, EndColumn -AutoSize
$errors.Count
