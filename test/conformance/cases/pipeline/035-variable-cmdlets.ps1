Set-Variable -Name alpha -Value 1
Get-Variable -Name alpha -ValueOnly
New-Variable -Name beta -Value 'b'
$beta
Clear-Variable -Name alpha
$null -eq $alpha
Remove-Variable -Name beta
Get-Variable -Name beta
