try { TabExpansion2 'Get-Ch' 99 } catch { $_.Exception.Message; $_.FullyQualifiedErrorId }
