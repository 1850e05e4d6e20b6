# Every algorithm, upper-case hex, in the table and list views.
Set-Content -Path hello.txt -Value 'hello'
Get-FileHash hello.txt
foreach ($a in 'SHA1', 'SHA256', 'SHA384', 'SHA512', 'MD5', 'md5') {
  $h = Get-FileHash -Path hello.txt -Algorithm $a
  "$($h.Algorithm) $($h.Hash)"
}
Get-FileHash hello.txt -Algorithm MD5 | Format-List
Get-FileHash hello.txt MD5 | Format-Table -AutoSize
(Get-FileHash hello.txt).GetType().FullName
