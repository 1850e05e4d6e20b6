# A script block given to a parameter that takes pipeline input runs once per input object with $_ set to it
# (delay-bind); without pipeline input, or when it outputs nothing or fails, it is a binding error.
Set-Content a.txt 'alpha'
Set-Content b.txt 'beta'
Get-ChildItem *.txt | Rename-Item -NewName { $_.BaseName + '.log' }
(Get-ChildItem *.log -Name | Sort-Object) -join ','
Get-ChildItem *.log | Copy-Item -Destination { $_.BaseName + '.bak' }
(Get-ChildItem *.bak -Name | Sort-Object) -join ','
function Show-Name {
  param([Parameter(ValueFromPipelineByPropertyName)][string]$Name, [Parameter(ValueFromPipeline)]$InputObject)
  process { "Name=$Name InputObject=$InputObject" }
}
1, 2 | Show-Name -Name { "n$_" }
Show-Name -Name { 'no input' }
Rename-Item a.log -NewName { 'x' }
Get-ChildItem a.log | Rename-Item -NewName { }
Get-ChildItem a.log | Rename-Item -NewName { throw 'bad' }
try { Get-ChildItem b.log | Rename-Item -NewName { } -ErrorAction Stop } catch { $_.FullyQualifiedErrorId; $_.CategoryInfo.ToString() }
