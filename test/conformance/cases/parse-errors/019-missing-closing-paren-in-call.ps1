Write-Output ('x'
