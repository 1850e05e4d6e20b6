# The stop passes through try/catch upstream: catch does not see it, finally runs, the rest of the function does not.
function Numbers {
    try { 1..5 } catch { Write-Host "caught: $_" } finally { Write-Host 'finally' }
    Write-Host 'after try (never shown)'
}
Numbers | Select-Object -First 1
"status: $?"
try { Numbers | Select-Object -First 2 } catch { "outer caught: $_" }
"done"
