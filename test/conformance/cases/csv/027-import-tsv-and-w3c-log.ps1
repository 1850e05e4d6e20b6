"Name`tValue`nx`t1`ny`t2" | Set-Content data.tsv
Import-Csv data.tsv -Delimiter "`t"
"#Software: demo`n#Fields: date time status`n2024-01-01 10:00 200`n2024-01-01 10:01 404" | Set-Content log.txt
Import-Csv log.txt -Delimiter ' ' | Format-Table
