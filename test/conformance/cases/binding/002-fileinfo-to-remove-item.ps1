# Piping items into Remove-Item removes them (bound through PSPath, not through the item's string form).
Set-Content keep.txt 'k'
Set-Content gone.txt 'g'
New-Item -ItemType Directory sub | Out-Null
Set-Content sub/inner.txt 'i'
Get-ChildItem gone.txt | Remove-Item
Get-ChildItem sub | Remove-Item
(Get-ChildItem -Recurse -Name | Sort-Object) -join ','
