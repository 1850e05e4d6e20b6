Get-Item /psnode-nonexistent-path 2>$null || Write-Output 'fallback ran'
