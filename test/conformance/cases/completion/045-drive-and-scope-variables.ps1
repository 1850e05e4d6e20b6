foreach ($text in '$Te', '${Te', '$Gl', '$Variab', '$Pri') {
    $r = TabExpansion2 $text
    "== $text"
    $r.CompletionMatches | ForEach-Object { "$($_.CompletionText)|$($_.ListItemText)|$($_.ToolTip)" }
}
