$t = "#TYPE Foo.Bar", "a", "1" | ConvertFrom-Csv
$t.PSTypeNames
$t | ConvertTo-Csv -IncludeTypeInformation
