# Get-Content -Delimiter: chunks without the delimiter; "`n" reads lines; -Raw with it is an error.
Set-Content data.txt 'a,b,,c' -NoNewline
Get-Content data.txt -Delimiter ',' | ForEach-Object { "[$_]" }
Set-Content data.txt "x,y`nz,"
Get-Content data.txt -Delimiter ',' | ForEach-Object { "[$_]" }
(Get-Content data.txt -Delimiter ',')[1].ReadCount
Get-Content data.txt -Delimiter 'y,' | ForEach-Object { "[$_]" }
Set-Content data.txt "a`r`nb`nc" -NoNewline
Get-Content data.txt -Delimiter "`n" | ForEach-Object { "[$_]" }
Set-Content wide.txt 'abc' -Encoding unicode
Get-Content wide.txt -Delimiter 'b' | ForEach-Object { "[$_]" }
Get-Content data.txt, wide.txt -Delimiter ',' -Raw
'end'
