Write-Warning 'hidden warning' -WarningAction SilentlyContinue
function Warn-Me { [CmdletBinding()] param() Write-Warning 'from function' }
Warn-Me -WarningVariable wv -WarningAction SilentlyContinue
"captured: $wv"
