(TabExpansion2 '[math]::P').CompletionMatches | Select-Object CompletionText, ListItemText, ResultType
