# -AsByteStream: Get-Content gives bytes (with -ReadCount, -Tail, -Raw); Set-/Add-Content write bytes only.
[System.IO.File]::WriteAllBytes("$PWD/data.bin", [byte[]](0x61, 0xE9, 0x0A, 0x62))
$bytes = Get-Content data.bin -AsByteStream
$bytes.GetType().FullName
$bytes[1].GetType().FullName
$bytes -join ','
$bytes[0].PSChildName
Get-Content data.bin -AsByteStream -ReadCount 3 | ForEach-Object { '{0}: {1}' -f $_.GetType().FullName, ($_ -join ',') }
Get-Content data.bin -AsByteStream -Tail 2
$raw = Get-Content data.bin -AsByteStream -Raw
'{0} {1}' -f $raw.GetType().FullName, $raw.Length
Get-Content data.bin -AsByteStream -Encoding unicode -TotalCount 1
[byte[]](5, 6) | Set-Content out.bin -AsByteStream
Add-Content out.bin -Value ([byte]7) -AsByteStream
([System.IO.File]::ReadAllBytes("$PWD/out.bin")) -join ','
Set-Content out.bin -Value ([byte]1), 'x', ([byte]2) -AsByteStream
([System.IO.File]::ReadAllBytes("$PWD/out.bin")) -join ','
Get-Content data.bin -AsByteStream -Delimiter ','
'end'
