# Add-Content writes in the encoding a file's byte-order mark announces; a file without one gets -Encoding.
function Show-Bytes($file) { ([System.IO.File]::ReadAllBytes("$PWD/$file") | ForEach-Object { '{0:X2}' -f $_ }) -join ' ' }
Set-Content wide.txt 'a' -Encoding unicode
Add-Content wide.txt 'b'
Add-Content wide.txt 'c' -Encoding utf8
Show-Bytes wide.txt
Set-Content plain.txt 'a'
Add-Content plain.txt 'b' -Encoding bigendianunicode
Show-Bytes plain.txt
Add-Content new.txt 'n' -Encoding utf32
Add-Content new.txt 'm' -Encoding utf32
Show-Bytes new.txt
Set-Content empty.txt '' -NoNewline
Add-Content empty.txt 'e' -Encoding unicode
Show-Bytes empty.txt
