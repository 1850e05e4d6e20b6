$zqFlag = $true
$r = TabExpansion2 'Get-ChildItem -Recurse:$zqF'
"$($r.ReplacementIndex) $($r.ReplacementLength)"
$r.CompletionMatches | Select-Object CompletionText, ResultType
