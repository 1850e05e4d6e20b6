function Zq-Beta { param($Name, [switch]$Fast) }
(TabExpansion2 'Zq-Beta -').CompletionMatches | Select-Object CompletionText, ListItemText, ResultType, ToolTip
