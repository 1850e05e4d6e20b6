$zqVar1 = 5; $zqvar2 = 'x'; $zqnull = $null; $zqarr = 1,2
(TabExpansion2 '$zq').CompletionMatches | Select-Object CompletionText, ListItemText, ToolTip
