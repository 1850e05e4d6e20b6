(TabExpansion2 'Get-ChildI' 10).CompletionMatches | Select-Object CompletionText, ListItemText, ResultType
