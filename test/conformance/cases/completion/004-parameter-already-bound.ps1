(TabExpansion2 'Get-ChildItem -Recurse -Re').CompletionMatches | Select-Object CompletionText, ToolTip
