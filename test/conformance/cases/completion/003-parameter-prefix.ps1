(TabExpansion2 'Get-ChildItem -Re').CompletionMatches | Select-Object CompletionText, ListItemText, ResultType, ToolTip
