"a,A", "1,2" | ConvertFrom-Csv
try { ConvertFrom-Csv -InputObject "1" -Header a, a } catch { $_.Exception.Message; $_.FullyQualifiedErrorId }
"after"
