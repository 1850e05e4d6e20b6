foreach ($text in '$h = @{}', 'Write-Output (1)', 'Get-ChildItem fx,') {
    $r = TabExpansion2 $text
    "== $text : $($r.ReplacementIndex) $($r.ReplacementLength) $($r.CompletionMatches.Count)"
}
