'ccc', 'a', 'bb' | Sort-Object { $_.Length }
'ccc', 'a', 'bb' | Sort-Object -Property Length -Descending
