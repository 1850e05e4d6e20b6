$WarningPreference = 'Stop'
try { Write-Warning 'warned' } catch { 'caught warning as error' }
