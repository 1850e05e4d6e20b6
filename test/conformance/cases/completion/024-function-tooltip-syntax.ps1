function Zq-Beta { param($Name, [switch]$Fast) }
function Zq-alpha { }
(TabExpansion2 'Zq').CompletionMatches | ForEach-Object { $_.ToolTip -replace "`n", '\n' }
