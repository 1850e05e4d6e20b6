$null -eq @()
@() -eq $null
$null -ne 1
