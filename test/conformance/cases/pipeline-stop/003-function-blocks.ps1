# A function upstream of a stop: its begin and process blocks run, finally blocks run, its end block does not.
function Source {
    begin { Write-Host 'begin' }
    process {
        try { $_ } finally { Write-Host "finally $_" }
    }
    end { Write-Host 'end (never shown)' }
}
1..5 | Source | Select-Object -First 2
"status: $?"
