# Out-File: Out-String's text in a file; -Encoding (also by position), -Append, -NoNewline, -Width, -NoClobber, -WhatIf.
function Show-Bytes($file) { ([System.IO.File]::ReadAllBytes("$PWD/$file") | ForEach-Object { '{0:X2}' -f $_ }) -join ' ' }
@() | Out-File empty.txt
Test-Path empty.txt
'a', 'b' | Out-File o.txt -NoNewline
Get-Content o.txt -Raw
'x' | Out-File o.txt unicode
'y' | Out-File o.txt -Append
Show-Bytes o.txt
[pscustomobject]@{ A = 'a' * 30; B = 'b' * 30 } | Out-File w.txt -Width 40
Get-Content w.txt
'c' | Out-File o.txt -NoClobber
'after'
'x' | Out-File new.txt -WhatIf
Test-Path new.txt
'y' | Out-File nodir/x.txt
