function Set-Label { param([ValidateNotNullOrEmpty()] [string] $Label) "Label=$Label" }
Set-Label ''
