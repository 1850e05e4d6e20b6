# $null counts as an empty collection: Count and Length are 0 (an empty listing's .Count is a common check).
$null.Count
$null.Length
$none = Get-ChildItem -Path "$PSScriptRoot/no-such-folder" -ErrorAction SilentlyContinue
$none.Count
(Write-Output @()).Count
$null.Anything -eq $null
Set-StrictMode -Version Latest
try { $null.Count } catch { $_.FullyQualifiedErrorId }
${none}?.Count
"done"
