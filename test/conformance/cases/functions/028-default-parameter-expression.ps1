function Get-Default { param($Value = (1 + 1), $Text = "v$Value") "$Value $Text" }
Get-Default
Get-Default -Value 5
