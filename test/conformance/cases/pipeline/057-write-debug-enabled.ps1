$DebugPreference = 'Continue'
Write-Debug 'debug shown'
