# Invoke-Command runs its block as one clause: a lone process or end block runs once; begin with another fails.
Invoke-Command { process { 'process' } }
Invoke-Command { end { 'end' } }
Invoke-Command { param($a, $b) "a=$a b=$b args=$args" } -ArgumentList 'x', 'y', 'z'
try { 1 | Invoke-Command { begin { 'b' } process { "p $_" } } } catch { $_.FullyQualifiedErrorId; $_.Exception.GetType().FullName }
Invoke-Command { begin { 'b' } end { 'e' } }
'after'
