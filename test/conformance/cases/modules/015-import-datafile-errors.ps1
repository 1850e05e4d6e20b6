# Import-PowerShellDataFile errors: a missing file, a file that is not one hashtable.
Import-PowerShellDataFile ./missing.psd1
Set-Content -Path "$PSScriptRoot/notatable.psd1" -Value '"just a string"'
Import-PowerShellDataFile "$PSScriptRoot/notatable.psd1"
try { Import-PowerShellDataFile ./missing.psd1 -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }
