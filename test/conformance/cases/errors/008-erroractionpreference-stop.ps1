$ErrorActionPreference = 'Stop'
try { Write-Error 'now terminating' } catch { "caught: $($_.Exception.Message)" }
Write-Error 'uncaught under stop'
'never'
