# Measure-Command runs the block in the caller's scope (per input object with $_), drops its output, returns a TimeSpan.
$t = Measure-Command { $x = 5; 'dropped' }
$t.GetType().FullName
"x=$x"
$null = 1..3 | Measure-Command { $script:seen += @($_) }
"seen=$seen"
(Measure-Command { Start-Sleep -Milliseconds 30 }).TotalMilliseconds -ge 30
(Measure-Command { }).TotalSeconds -lt 5
$r = Measure-Command { Write-Host 'host'; Write-Warning 'warned' }
try { Measure-Command { throw 'boom' } } catch { "caught: $_" }
