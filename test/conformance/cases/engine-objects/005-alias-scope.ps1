# An alias set inside a function is local to it; -Scope Global makes it last.
function Set-Local { Set-Alias inner Write-Output; inner 'inside' }
Set-Local
Get-Alias inner -ErrorAction SilentlyContinue | ForEach-Object Name
function Set-Global { Set-Alias outer Write-Output -Scope Global }
Set-Global
outer 'global alias works'
