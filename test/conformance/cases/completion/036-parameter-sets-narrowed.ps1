foreach ($text in 'Get-Item x -', 'Get-Item -LiteralPath x -', 'Get-ChildItem -LiteralPath x y -F', 'New-Item -Name x -P') {
    "== $text"
    (TabExpansion2 $text).CompletionMatches | Where-Object { $_.ListItemText -notin 'Verbose', 'Debug', 'ErrorAction', 'WarningAction', 'InformationAction', 'ProgressAction', 'ErrorVariable', 'WarningVariable', 'InformationVariable', 'OutVariable', 'OutBuffer', 'PipelineVariable' } | ForEach-Object CompletionText
}
