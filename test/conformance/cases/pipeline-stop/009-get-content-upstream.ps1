# Get-Content upstream of a stop: the first lines are taken.
Set-Content -Path lines.txt -Value (1..50 | ForEach-Object { "line $_" })
Get-Content lines.txt | Select-Object -First 2
Get-Content lines.txt | Select-Object -Index 3
"status: $?"
(Get-Content lines.txt -TotalCount 100 | Select-Object -First 1).Length
