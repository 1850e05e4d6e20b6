# Get-Content: a byte-order mark wins over -Encoding; without one -Encoding decides (UTF-8 by default).
[System.IO.File]::WriteAllBytes("$PWD/latin.txt", [byte[]](0x61, 0xE9, 0x0A, 0x62))
(Get-Content latin.txt) -join '|'
(Get-Content latin.txt -Encoding latin1) -join '|'
(Get-Content latin.txt -Encoding ascii) -join '|'
(Get-Content latin.txt -Encoding 1251) -join '|'
Set-Content wide.txt 'aé', 'b' -Encoding bigendianunicode
(Get-Content wide.txt) -join '|'
(Get-Content wide.txt -Encoding ascii) -join '|'
(Get-Content wide.txt -Raw -Encoding utf8).Length
[System.IO.File]::WriteAllBytes("$PWD/nobom.txt", [byte[]](0x61, 0x00, 0x62, 0x00))
(Get-Content nobom.txt -Encoding unicode)
[System.IO.File]::WriteAllBytes("$PWD/bom32.txt", [byte[]](0xFF, 0xFE, 0x00, 0x00, 0x7A, 0x00, 0x00, 0x00))
Get-Content bom32.txt
