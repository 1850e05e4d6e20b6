# Import-Module of a name nothing provides: pwsh's error, and the script goes on.
$env:PSModulePath = Join-Path $PSScriptRoot 'nothing-here'
Import-Module NoSuchModule
try { Import-Module NoSuchModule -ErrorAction Stop } catch { $_.FullyQualifiedErrorId; $_.CategoryInfo.Category; $_.Exception.GetType().FullName }
'continued'
