function Zq-Beta { param($Name, [switch]$Fast) }
function Zq-alpha { }
(TabExpansion2 'zq').CompletionMatches | Select-Object CompletionText, ResultType
