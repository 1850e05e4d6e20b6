New-Item -ItemType File zq1.txt | Out-Null
(TabExpansion2 'zq1').CompletionMatches | Select-Object CompletionText, ResultType
