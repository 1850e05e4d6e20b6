5 | Get-Member -MemberType Method -Name CompareTo, Equals
