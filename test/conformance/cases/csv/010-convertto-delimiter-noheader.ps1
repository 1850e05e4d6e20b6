[pscustomobject]@{ a = 1; b = 2 } | ConvertTo-Csv -Delimiter ';'
[pscustomobject]@{ a = 1; b = 2 } | ConvertTo-Csv -UseCulture
[pscustomobject]@{ a = 1; b = 2 } | ConvertTo-Csv -NoHeader
'abc', 'de' | ConvertTo-Csv
