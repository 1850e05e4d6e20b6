[pscustomobject]@{ a = 1 } | ConvertTo-Csv -IncludeTypeInformation
'text' | Select-Object Length | ConvertTo-Csv -IncludeTypeInformation
5 | ConvertTo-Csv -IncludeTypeInformation
