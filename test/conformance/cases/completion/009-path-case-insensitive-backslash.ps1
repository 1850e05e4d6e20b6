New-Item -ItemType Directory fx | Out-Null
New-Item -ItemType Directory fx/alpha, fx/Beta | Out-Null
New-Item -ItemType File fx/beta2 | Out-Null
(TabExpansion2 'Get-ChildItem fx\be').CompletionMatches | Select-Object CompletionText, ResultType
