# Writing again from a finally block after the stop stops again: the rest of that finally block does not run.
function Numbers {
    try { 1..5 } finally { 'from finally'; Write-Host 'not reached' }
}
Numbers | Select-Object -First 1
Numbers | Select-Object -First 1 | ForEach-Object { "got $_" }
"status: $?"
