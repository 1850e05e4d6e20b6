New-Item -ItemType Directory fx | Out-Null
New-Item -ItemType Directory fx/alpha, fx/Beta | Out-Null
New-Item -ItemType File fx/beta2 | Out-Null
Set-Location fx/alpha
(TabExpansion2 'Get-ChildItem ../../fx/B').CompletionMatches | Select-Object CompletionText, ResultType
