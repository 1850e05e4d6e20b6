[ValidateRange(0, 10)] [int]$bad = 20
"bad=[$bad]"
try { [ValidateRange(0, 10)] [int]$bad = 20 } catch { $_.Exception.GetType().FullName; $_.FullyQualifiedErrorId; $_.CategoryInfo.ToString() }
