# Test-Path with a null or empty -Path / -LiteralPath (also from the pipeline) is a non-terminating
# NullPathNotPermitted error per input; an empty string is simply False.
Set-Content a.txt hi
$null | Test-Path
try { $null | Test-Path -ErrorAction Stop } catch { $_.FullyQualifiedErrorId; $_.CategoryInfo.ToString(); $_.Exception.GetType().FullName }
Test-Path -Path $null
try { Test-Path -Path $null } catch { $_.FullyQualifiedErrorId; $_.CategoryInfo.ToString(); $_.Exception.GetType().FullName }
Test-Path ''
Test-Path -Path @()
Test-Path -LiteralPath $null
Test-Path -LiteralPath ''
'', 'a.txt' | Test-Path
@($null, 'a.txt') | Test-Path
Test-Path a.txt, ''
'end'
