# [Console]::OutputEncoding decodes what a native command writes
[Console]::OutputEncoding.WebName
$u = printf '\xc3\xa9\n'
[int[]][char[]]$u
[Console]::OutputEncoding = [System.Text.Encoding]::Latin1
[Console]::OutputEncoding.WebName
$l = printf '\xc3\xa9\n'
[int[]][char[]]$l
[Console]::OutputEncoding = [System.Text.Encoding]::UTF8
$i = printf 'bad\xff\n'
[int[]][char[]]$i
