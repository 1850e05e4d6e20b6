$r = TabExpansion2 'Get-ChildI'
$r.GetType().FullName
$r | Format-Table CurrentMatchIndex, ReplacementIndex, ReplacementLength
$r.CompletionMatches[0].GetType().FullName
$r.CompletionMatches[0].ResultType.GetType().FullName
