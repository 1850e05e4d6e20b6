(TabExpansion2 'Get-ChildItem -Recurse:').CompletionMatches | Select-Object CompletionText, ListItemText, ResultType, ToolTip
(TabExpansion2 '$fa').CompletionMatches | Select-Object CompletionText, ResultType, ToolTip
(TabExpansion2 '$tr').CompletionMatches | ForEach-Object ToolTip
(TabExpansion2 '$nul').CompletionMatches | ForEach-Object ToolTip
