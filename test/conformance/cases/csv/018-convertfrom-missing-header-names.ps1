",b,", "1,2,3" | ConvertFrom-Csv | Format-List
'1,2' | ConvertFrom-Csv -Header a, '', ''
