New-Item -ItemType Directory fx | Out-Null
New-Item -ItemType Directory "fx/My Dir", fx/Mz | Out-Null
(TabExpansion2 'fx/M').CompletionMatches | Select-Object CompletionText, ListItemText
