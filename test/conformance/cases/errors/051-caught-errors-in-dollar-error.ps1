# Errors caught by try/catch still go into $Error; a rethrown record is one entry; a parse error in a dot-sourced
# script is a statement-terminating error the caller can catch or outlive.
$bad = Join-Path $PSScriptRoot 'bad-syntax.tmp.ps1'
Set-Content -Path $bad -Value '1 +'
try { throw "x" } catch { }
$Error.Count
try { try { throw "y" } catch { throw } } catch { }
$Error.Count
try { Get-Item "$PSScriptRoot/no-such-item" -ErrorAction Stop } catch { }
$Error.Count
try { . $bad } catch { "caught: " + $_.FullyQualifiedErrorId }
. $bad
"after: $?"
$Error.Count
$Error.Clear()
try { 1 / 0 } catch { $Error.Count; $Error[0].FullyQualifiedErrorId }
Remove-Item $bad
