# An -Encoding .NET does not know is an argument-transformation error, before the path is looked at.
try { Set-Content out.txt 'x' -Encoding bogus } catch { $_.FullyQualifiedErrorId; $_.CategoryInfo.Category; $_.Exception.Message }
Test-Path out.txt
try { Set-Content out.txt 'x' -Encoding 12345 } catch { $_.Exception.Message }
try { Get-Content missing.txt -Encoding 70000 } catch { $_.Exception.Message }
try { Add-Content out.txt 'x' -Encoding $null } catch { $_.Exception.Message }
'done'
