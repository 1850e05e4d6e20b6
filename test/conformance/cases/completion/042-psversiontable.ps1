(TabExpansion2 '$PSVer').CompletionMatches | Select-Object CompletionText, ListItemText, ResultType
