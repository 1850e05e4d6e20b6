# Get-Member -Static shows every .NET overload of System.Math's methods in the Definition column.
[math] | Get-Member -Static -Name Round, DivRem, Sqrt, Clamp | Format-List Name, MemberType, Definition
