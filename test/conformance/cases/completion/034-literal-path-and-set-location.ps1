New-Item -ItemType Directory ab | Out-Null
[System.IO.File]::WriteAllText((Join-Path $PWD 'a[1].txt'), '')
foreach ($text in 'Get-ChildItem -Path ./a', 'Get-ChildItem -LiteralPath ./a', 'Get-ChildItem -LP ./a', 'Set-Location ./a') {
    "== $text"
    (TabExpansion2 $text).CompletionMatches | ForEach-Object CompletionText
}
