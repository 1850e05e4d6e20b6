# Export-ModuleMember outside a module is a terminating error of the command.
Export-ModuleMember -Function foo
try { Export-ModuleMember -Function foo } catch { $_.FullyQualifiedErrorId; $_.CategoryInfo.Category }
'next'
