$s = 'abc'
$r = TabExpansion2 '$s.Le'
"$($r.ReplacementIndex) $($r.ReplacementLength)"
$r.CompletionMatches | Select-Object CompletionText, ResultType
