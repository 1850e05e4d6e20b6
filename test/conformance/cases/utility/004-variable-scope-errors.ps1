$a = 1
Get-Variable -Scope 9 a
Get-Variable -Scope nowhere a
Set-Variable ro 1 -Option ReadOnly
Set-Variable ro 2
Remove-Variable ro
Remove-Variable ro -Force
"ro is gone: [$ro]"
function Inner { Set-Variable shared 'from inner' -Scope 1; Get-Variable shared -Scope 1 -ValueOnly }
Inner
$shared
New-Variable a 5
New-Variable a 5 -Force
$a
