New-Item -ItemType Directory fx | Out-Null
New-Item -ItemType Directory fx/alpha | Out-Null
New-Item -ItemType File fx/.hid, "fx/a b.txt" | Out-Null
Set-Location fx
(TabExpansion2 'Get-ChildItem ').CompletionMatches | Select-Object CompletionText, ResultType
