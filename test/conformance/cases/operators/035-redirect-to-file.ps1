$file = Join-Path $PWD 'out.txt'
'line one' > $file
'line two' >> $file
Get-Content $file
