"#comment", "a,b", "", "1,2", "" | ConvertFrom-Csv
ConvertFrom-Csv -InputObject "a,b,,`n1,2"
"#Fields: x y" | ConvertFrom-Csv -Delimiter ' '
