foreach ($text in '# a comment Get-ChildI', 'Get-ChildItem # Get-ChildI', '$x -l', '$x = 1 -sh', '(1 -as') {
    $r = TabExpansion2 $text
    "== $text : $($r.ReplacementIndex) $($r.ReplacementLength)"
    $r.CompletionMatches | ForEach-Object { "$($_.CompletionText)|$($_.ResultType)|$($_.ToolTip)" }
}
