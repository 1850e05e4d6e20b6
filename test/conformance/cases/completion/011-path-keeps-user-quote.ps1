New-Item -ItemType Directory fx | Out-Null
New-Item -ItemType Directory fx/alpha | Out-Null
New-Item -ItemType File fx/a1.txt, "fx/a b.txt" | Out-Null
(TabExpansion2 'Get-ChildItem "fx/a').CompletionMatches | ForEach-Object CompletionText
(TabExpansion2 "Get-ChildItem 'fx/a").CompletionMatches | ForEach-Object CompletionText
