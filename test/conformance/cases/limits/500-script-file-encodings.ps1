# Script files are decoded as pwsh decodes them: a byte-order mark picks UTF-8, UTF-16LE/BE or UTF-32LE/BE;
# without one the bytes are UTF-8. Run with -File (here through &), dot-sourced, and imported as a .psm1.
$text = "`$v = 'h$([char]0xE9)llo $([char]0x20AC)'`n`$v`nfunction Get-V { `$v.Length }`n"
foreach ($name in 'utf8NoBOM', 'utf8BOM', 'unicode', 'bigendianunicode', 'utf32', 'bigendianutf32') {
  Set-Content -Path "$PSScriptRoot/$name.ps1", "$PSScriptRoot/$name.psm1" -Value $text -Encoding $name -NoNewline
  "$name ($((Get-Item "$PSScriptRoot/$name.ps1").Length) bytes)"
  & "$PSScriptRoot/$name.ps1"
  . "$PSScriptRoot/$name.ps1"
  Get-V
  Import-Module "$PSScriptRoot/$name.psm1"
  Get-V
  Remove-Module $name
}
[System.IO.File]::WriteAllBytes("$PSScriptRoot/invalid.ps1", [byte[]](0x27, 0x61, 0xFF, 0xFE, 0x62, 0x27))
(& "$PSScriptRoot/invalid.ps1").ToCharArray() | ForEach-Object { [int]$_ }
