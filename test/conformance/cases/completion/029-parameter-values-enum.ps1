(TabExpansion2 'Write-Host -ForegroundColor Dark').CompletionMatches | Select-Object CompletionText, ResultType, ToolTip
