Get-Location -Bogus
