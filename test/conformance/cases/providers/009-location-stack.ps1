New-Item -ItemType Directory inner | Out-Null
$start = (Get-Location).Path
Push-Location inner
Split-Path -Leaf (Get-Location).Path
Pop-Location
(Get-Location).Path -eq $start
