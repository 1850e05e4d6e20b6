New-Item -ItemType Directory ~/.zqconfig | Out-Null
$r = TabExpansion2 'Get-ChildItem $HOME/.zq'
"$($r.ReplacementIndex) $($r.ReplacementLength)"
$r.CompletionMatches | ForEach-Object { $_.CompletionText.Replace($HOME, '<HOME>') + '|' + $_.ResultType }
