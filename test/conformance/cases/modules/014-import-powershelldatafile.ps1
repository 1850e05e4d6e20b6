# Import-PowerShellDataFile reads a .psd1 into a hashtable.
Set-Content -Path "$PSScriptRoot/settings.psd1" -Value @'
@{
    Name = 'demo'
    Count = 3
    Tags = @('a', 'b')
    Nested = @{ Enabled = $true }
}
'@
$data = Import-PowerShellDataFile "$PSScriptRoot/settings.psd1"
$data.GetType().FullName
$data.Name
$data.Count + 1
$data.Tags -join ','
$data.Nested.Enabled
