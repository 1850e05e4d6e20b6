"a,b`n1,2" | Set-Content one.csv
"b,c`n3,4" | Set-Content two.csv
Import-Csv one.csv, two.csv | Format-List
Get-ChildItem *.csv | Import-Csv | Format-List
Import-Csv one.csv -Header q, r | Format-List
