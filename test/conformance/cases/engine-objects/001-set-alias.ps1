# Set-Alias creates an alias; setting it again retargets it; Get-Alias shows it.
Set-Alias -Name now -Value Get-Date
(Get-Alias now).Definition
function Get-Answer { 42 }
Set-Alias now Get-Answer
now
Get-Alias now | ForEach-Object DisplayName
