function Set-Count { param([int] $Count) $Count }
Set-Count -Count 'many'
