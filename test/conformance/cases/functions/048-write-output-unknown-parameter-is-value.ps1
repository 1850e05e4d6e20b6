Write-Output -Bogus 'x'
