foreach ($text in 'Get-ChildItem -p', 'Get-ChildItem -ea', 'Get-ChildItem -LP', 'Get-Item -l', 'Get-ChildItem -ps') {
    "== $text"
    (TabExpansion2 $text).CompletionMatches | ForEach-Object { "$($_.CompletionText) | $($_.ToolTip)" }
}
