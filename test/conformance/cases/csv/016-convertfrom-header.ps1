"1,2,3" | ConvertFrom-Csv -Header x, y
"1,2" | ConvertFrom-Csv -Header x, y, z | Format-List
