# Parser::ParseFile: tokens of keywords, labels, member and type names, attributes, operators
Set-Content -Path ./src.ps1 -Value @'
1, 2; filter g { dynamicparam {} }
:outer foreach ($x in 1) { break outer }; ls -l; Get-Item x; [int]$q; [ValidateNotNull()]$z
$a.b.c(1); [int]::Parse('1'); 1 -clike 2; 1 -creplace 2; -split 'a'
'@
$e = $null; $t = $null
$r = [System.Management.Automation.Language.Parser]::ParseFile("$PWD/src.ps1", [ref]$t, [ref]$e)
$t | ForEach-Object { "$($_.Kind)|$($_.TokenFlags)|$($_.GetType().Name)|$($_.Text -replace "`r?`n",'\n')|$($_.Extent.StartOffset)-$($_.Extent.EndOffset)" }
$r.Extent.File -replace [regex]::Escape("$PWD"), '<dir>'
$r.EndBlock.Statements.Count
