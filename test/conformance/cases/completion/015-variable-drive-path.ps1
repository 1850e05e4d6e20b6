$zqarr = 1, 2
(TabExpansion2 'Get-ChildItem Variable:zqa').CompletionMatches | Select-Object CompletionText, ListItemText, ResultType, ToolTip
