(TabExpansion2 'Remove-Variable -').CompletionMatches | ForEach-Object ToolTip
