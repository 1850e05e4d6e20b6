# Tee-Object -FilePath/-LiteralPath: the input goes on down the pipeline and into the file as Out-String formats it.
function Show-Bytes($file) { ([System.IO.File]::ReadAllBytes("$PWD/$file") | ForEach-Object { '{0:X2}' -f $_ }) -join ' ' }
$passed = 1, 'two', [pscustomobject]@{ A = 1; B = 'x' } | Tee-Object -FilePath out.txt
$passed.Count
Get-Content out.txt -Raw
'---'
'a' | Tee-Object out.txt
'b' | Tee-Object out.txt -Append
Show-Bytes out.txt
'c' | Tee-Object -LiteralPath 'lit[1].txt' -Encoding unicode
Show-Bytes 'lit[1].txt'
'd' | Tee-Object -Path 'lit`[1`].txt' -Append | Out-Null
Show-Bytes 'lit[1].txt'
@() | Tee-Object -FilePath empty.txt
Test-Path empty.txt
'long line ' * 12 | Tee-Object -FilePath long.txt | Out-Null
(Get-Content long.txt).Length
'v' | Tee-Object -Variable kept | Out-Null
$kept
