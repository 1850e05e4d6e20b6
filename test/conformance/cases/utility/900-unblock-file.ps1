# Unblock-File on Linux: missing paths are reported, then the cmdlet says it does not support Linux.
Set-Content a.txt 'x'
try { Unblock-File a.txt } catch { "$($_.FullyQualifiedErrorId) | $($_.CategoryInfo.Category) | $($_.Exception.GetType().FullName)" }
Unblock-File nope
'after'
Unblock-File -LiteralPath a.txt -ErrorAction SilentlyContinue
$Error[0].FullyQualifiedErrorId
