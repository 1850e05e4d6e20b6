# -Property compares (and writes) only the named values: names, script blocks, @{Expression=}.
$a = [pscustomobject]@{ Name = 'x'; Len = 1 }, [pscustomobject]@{ Name = 'y'; Len = 2 }
$b = [pscustomobject]@{ Name = 'x'; Len = 3 }, [pscustomobject]@{ Name = 'z'; Len = 2 }
Compare-Object $a $b -Property Name
Compare-Object $a $b -Property Name, Len -IncludeEqual | Format-Table
Compare-Object $a $b -Property Len -PassThru | Format-Table
Compare-Object $a $b -Property { $_.Len * 2 } | Format-List
Compare-Object $a $b -Property @{ Expression = { $_.Name.ToUpper() } } | Format-List
Compare-Object $a $b -Property name, Name | Format-List
'-- a property neither has is equal'
Compare-Object $a $b -Property Nope -IncludeEqual | Format-List
'-- a property only one side has'
Compare-Object ([pscustomobject]@{ P = 1 }) ([pscustomobject]@{ Q = 1 }) -Property P | Format-List
'-- repeated names'
Compare-Object $a $b -Property Len, name, { 5 }, len | Select-Object -First 1 | Format-List
