$r = TabExpansion2 'Zzzzq'
"$($r.ReplacementIndex) $($r.ReplacementLength) $($r.CompletionMatches.Count)"
