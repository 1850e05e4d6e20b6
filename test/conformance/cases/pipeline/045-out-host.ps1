'to host' | Out-Host
