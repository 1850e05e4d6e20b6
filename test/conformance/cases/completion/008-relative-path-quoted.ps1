New-Item -ItemType Directory fx | Out-Null
New-Item -ItemType Directory fx/alpha, fx/Beta, "fx/My Dir" | Out-Null
New-Item -ItemType File fx/a1.txt, "fx/a b.txt", fx/beta2 | Out-Null
$r = TabExpansion2 'Get-ChildItem fx/a'
"$($r.ReplacementIndex) $($r.ReplacementLength)"
$r.CompletionMatches | Select-Object CompletionText, ListItemText, ResultType
