# token kinds, flags and offsets for commands, arguments, strings, parameters and hashtables
$t = $null; $e = $null
$null = [System.Management.Automation.Language.Parser]::ParseInput("Get-Item x 'y' -z:1 @{k=1}`r`n", [ref]$t, [ref]$e)
$t | ForEach-Object { "$($_.Kind) $($_.TokenFlags) [$($_.Text)] $($_.Extent.StartOffset)-$($_.Extent.EndOffset)" }
$t[1] | Format-List
$t[0].ToString()
$t[3] | Format-List
