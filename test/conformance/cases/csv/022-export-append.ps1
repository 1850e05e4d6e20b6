[pscustomobject]@{ a = 1; b = 2 } | Export-Csv x.csv
try { [pscustomobject]@{ a = 1 } | Export-Csv x.csv -Append } catch { $_.Exception.Message; $_.FullyQualifiedErrorId; $_.TargetObject }
[pscustomobject]@{ a = 1; c = 3 } | Export-Csv x.csv -Append -Force
[pscustomobject]@{ b = 5; a = 4; z = 1 } | Export-Csv x.csv -Append
Get-Content x.csv
@() | Export-Csv empty.csv
(Get-Item empty.csv).Length
[pscustomobject]@{ q = 1 } | Export-Csv empty.csv -Append
Get-Content empty.csv
