$zqnull = $null
foreach ($text in '$global:zqn', '${zqn', '$variable:zqn') {
    (TabExpansion2 $text).CompletionMatches | ForEach-Object CompletionText
}
