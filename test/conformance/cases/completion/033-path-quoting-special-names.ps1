New-Item -ItemType Directory sp | Out-Null
foreach ($name in "it's.txt", 'a$b.txt', 'a&b.txt', 'x,y.txt', 'p(q).txt', 'h#.txt', '#h.txt', '@at.txt', 'semi;c.txt', 'brace{.txt', 'tick`t.txt', 'dq".txt', 'a[1].txt') {
    [System.IO.File]::WriteAllText((Join-Path $PWD "sp/$name"), '')
}
Set-Location sp
foreach ($text in 'Get-ChildItem ', 'Get-ChildItem "') {
    (TabExpansion2 $text).CompletionMatches | ForEach-Object CompletionText
}
