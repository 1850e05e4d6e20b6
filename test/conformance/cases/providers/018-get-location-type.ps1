(Get-Location).GetType().FullName
(Get-Location).Provider.Name
