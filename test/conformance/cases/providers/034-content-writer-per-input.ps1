# Set-Content / Add-Content write each input object as it arrives: paths from the pipeline (by property name) are
# reopened per object, paths from the command line are opened once; -PassThru emits each object per path.
"a" | Set-Content a.bak; "b" | Set-Content b.bak
Get-ChildItem *.bak | Add-Content -Value x -PassThru
Get-ChildItem *.bak | ForEach-Object { "$($_.Name): " + ((Get-Content $_) -join '|') }
Get-ChildItem *.bak | Set-Content -Value y, z -PassThru -NoNewline
Get-ChildItem *.bak | ForEach-Object { "$($_.Name): " + (Get-Content -Raw $_) }
1, 2, 3 | Set-Content a.bak, b.bak -PassThru
Get-ChildItem *.bak | ForEach-Object { "$($_.Name): " + ((Get-Content $_) -join '|') }
[pscustomobject]@{ Path = 'a.bak'; Value = 'p' }, [pscustomobject]@{ Path = 'a.bak'; Value = 'r' } | Set-Content
Get-Content a.bak
[pscustomobject]@{ Path = 'b.bak'; Value = 'p' }, [pscustomobject]@{ Path = 'b.bak'; Value = 'r' } | Add-Content
Get-Content b.bak
@() | Set-Content e.txt; Test-Path e.txt
@() | Add-Content f.txt; Test-Path f.txt
'a', 'b' | Set-Content g.txt -Encoding utf8BOM; (Get-Content g.txt -AsByteStream) -join ','
'a', 'b' | Set-Content nodir/x.txt
'a', 'b' | Add-Content nodir/x.txt
'done'
