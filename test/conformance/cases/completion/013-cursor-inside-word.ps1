$r = TabExpansion2 'Get-ChildI foo' 5
"$($r.ReplacementIndex) $($r.ReplacementLength) $($r.CompletionMatches.Count)"
$r.CompletionMatches[0].CompletionText
