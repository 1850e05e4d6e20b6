(TabExpansion2 'Get-ChildItem -ErrorAction S').CompletionMatches | Select-Object CompletionText, ResultType
