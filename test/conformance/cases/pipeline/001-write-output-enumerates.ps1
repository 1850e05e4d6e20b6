Write-Output 1, 2, 3
Write-Output -NoEnumerate 1, 2 | ForEach-Object { $_.Count }
echo 'alias echo'
