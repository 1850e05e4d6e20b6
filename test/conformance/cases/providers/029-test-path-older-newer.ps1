# Test-Path -OlderThan/-NewerThan (FileSystem dynamic parameters) compare LastWriteTime, which scripts can set.
Set-Content old.txt 1; (Get-Item old.txt).LastWriteTime = [datetime]'2020-01-01'
Set-Content new.txt 1
New-Item -ItemType Directory dd | Out-Null; (Get-Item dd).LastWriteTime = [datetime]'2020-01-01'
Test-Path old.txt -OlderThan '2021-01-01'
Test-Path old.txt -NewerThan '2021-01-01'
Test-Path new.txt -NewerThan '2021-01-01'
Test-Path new.txt -OlderThan '2021-01-01'
Test-Path dd -OlderThan '2021-01-01'
Test-Path missing -OlderThan '2021-01-01'
Test-Path *.txt -OlderThan '2021-01-01'
Test-Path old.txt, new.txt -NewerThan '2021-01-01'
Test-Path old.txt -NewerThan '2019-01-01' -OlderThan '2021-01-01'
Test-Path old.txt -OlderThan $null
try { Test-Path old.txt -OlderThan 'bogus' } catch { $_.FullyQualifiedErrorId + ' | ' + $_.Exception.Message }
Test-Path Env:HOME -OlderThan '2021-01-01'
(Get-Item old.txt).LastWriteTime.ToString("o")
$f = Get-Item new.txt; $f.LastWriteTimeUtc = "2020-01-01 10:00"; $f.LastWriteTime.ToString("o")
