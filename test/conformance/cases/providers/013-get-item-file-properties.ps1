Set-Content -Path info.txt -Value 'abcd' -NoNewline
$item = Get-Item info.txt
$item.Name
$item.Length
$item.Extension
$item.GetType().FullName
