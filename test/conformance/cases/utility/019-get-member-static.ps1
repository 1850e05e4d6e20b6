# Get-Member -Static: the static members of a [type] input, or of an input object's type.
[guid] | Get-Member -Static -Name Equals, ReferenceEquals, Empty | Format-Table -AutoSize | Out-String -Width 120
'x' | Get-Member -Static -Name Empty, Join -MemberType Property
[math] | Get-Member -Static -MemberType Property
[System.Environment] | Get-Member -Static -Name NewLine, ProcessorCount
