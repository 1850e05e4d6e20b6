foreach ($name in 'Remove-Item', 'New-Item', 'Set-Location') {
    (TabExpansion2 $name).CompletionMatches | Where-Object CompletionText -EQ $name | ForEach-Object ToolTip
}
