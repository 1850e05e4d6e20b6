$r = TabExpansion2 ''
$r | Format-List CurrentMatchIndex, ReplacementIndex, ReplacementLength
$r.CompletionMatches.Count
