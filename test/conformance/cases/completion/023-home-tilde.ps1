New-Item -ItemType Directory ~/sub | Out-Null
(TabExpansion2 'Get-ChildItem ~/s').CompletionMatches | Select-Object CompletionText, ResultType
