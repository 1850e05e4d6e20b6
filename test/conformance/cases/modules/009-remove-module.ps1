# Remove-Module takes the module's functions away; removing a module that is not loaded is an error.
Set-Content -Path "$PSScriptRoot/Gone.psm1" -Value 'function Get-Gone { "still here" }'
Import-Module "$PSScriptRoot/Gone.psm1"
Get-Gone
Remove-Module Gone
Get-Module Gone
Get-Gone
Remove-Module Gone
'end'
