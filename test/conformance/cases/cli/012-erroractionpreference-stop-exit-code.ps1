$ErrorActionPreference = 'Stop'
Write-Error 'stop here'
'never'
