"a;b", "1;2" | ConvertFrom-Csv -Delimiter ';' | Format-List
"a`tb`n1`t2" | ConvertFrom-Csv -Delimiter "`t" | Format-List
"a,b" | ConvertFrom-Csv
'' | ConvertFrom-Csv
