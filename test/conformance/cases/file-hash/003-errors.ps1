# A missing file and a directory are non-terminating errors; a bad algorithm is a binding error.
Set-Content -Path a.txt -Value 'a'
Get-FileHash missing.txt, a.txt -Algorithm MD5 | ForEach-Object Hash
Get-FileHash .
Get-FileHash a.txt -Algorithm SHA3
Get-FileHash -InputStream 'text'
foreach ($s in { Get-FileHash missing.txt -ErrorAction Stop }, { Get-FileHash . -ErrorAction Stop }) {
  try { & $s } catch { "$($_.FullyQualifiedErrorId) | $($_.CategoryInfo)" }
}
