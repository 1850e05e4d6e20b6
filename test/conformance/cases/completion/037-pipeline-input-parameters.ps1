foreach ($text in '1 | Select-Object -', '1 | ForEach-Object -', "'x' | Get-Item -") {
    "== $text"
    (TabExpansion2 $text).CompletionMatches | Select-Object -First 3 | ForEach-Object CompletionText
}
