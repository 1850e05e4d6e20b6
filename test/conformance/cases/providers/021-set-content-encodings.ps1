# The bytes Set-Content writes for each -Encoding (names, code pages, .NET names).
function Show-Bytes($file) { ([System.IO.File]::ReadAllBytes("$PWD/$file") | ForEach-Object { '{0:X2}' -f $_ }) -join ' ' }
foreach ($name in 'utf8', 'utf8BOM', 'utf8NoBOM', 'ascii', 'unicode', 'bigendianunicode', 'utf32', 'bigendianutf32', 'oem', 'latin1', 'default', 'string', 'UTF8', 'utf-8', 'utf-16be', 'iso-8859-15', 'windows-1251') {
  Set-Content -Path out.txt -Value 'aé€' -Encoding $name
  "{0,-16} {1}" -f $name, (Show-Bytes out.txt)
}
foreach ($codePage in 0, 437, 1200, 1252, 20127, 28591, 65001, 12001) {
  Set-Content -Path out.txt -Value 'aé€' -Encoding $codePage
  "{0,-16} {1}" -f $codePage, (Show-Bytes out.txt)
}
Set-Content -Path out.txt -Value 'x', 'y' -Encoding unicode -NoNewline
"NoNewline        " + (Show-Bytes out.txt)
Set-Content -Path out.txt -Value '' -Encoding unicode -NoNewline
"empty            " + (Show-Bytes out.txt)
