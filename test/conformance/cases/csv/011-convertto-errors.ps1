$null | ConvertTo-Csv
try { 1 | ConvertTo-Csv -QuoteFields a -UseQuotes Never } catch { $_.Exception.Message; $_.FullyQualifiedErrorId; $_.CategoryInfo.ToString() }
try { 1 | ConvertTo-Csv -IncludeTypeInformation -NoTypeInformation } catch { $_.Exception.Message; $_.FullyQualifiedErrorId }
1 | ConvertTo-Csv -UseQuotes Sometimes
