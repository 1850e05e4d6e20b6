$env:ZQ_COMPLETION_CASE = '1'
(TabExpansion2 '$Env:ZQ_COMPLETION_C').CompletionMatches | Select-Object CompletionText, ToolTip
(TabExpansion2 'Get-ChildItem env:\ZQ_COMPLETION_C').CompletionMatches | Select-Object CompletionText, ToolTip
