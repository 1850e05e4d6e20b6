$ErrorActionPreference = 'SilentlyContinue'
Write-Error 'silenced'
Get-Item /psnode-missing-silenced
'still going'
$Error.Count
