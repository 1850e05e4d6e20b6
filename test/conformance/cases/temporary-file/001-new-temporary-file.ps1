# New-TemporaryFile makes an empty owner-only tmpXXXXXX.tmp file in $env:TMPDIR and writes its FileInfo.
$env:TMPDIR = "$PWD/scratch"
New-Item -ItemType Directory -Path scratch | Out-Null
$f = New-TemporaryFile
$f.GetType().FullName
$f.Name -cmatch '^tmp[0-9A-Za-z]{6}\.tmp$'
$f.Length
$f.DirectoryName -eq "$PWD/scratch"
(Get-Item $f.FullName).UnixMode
$null -eq $f.PSPath
$g = New-TemporaryFile
$g.Name -ne $f.Name
(Get-ChildItem scratch).Count
New-TemporaryFile -WhatIf
(Get-ChildItem scratch).Count
