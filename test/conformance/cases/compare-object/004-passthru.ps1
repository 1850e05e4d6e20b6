# -PassThru writes the objects themselves with a SideIndicator note property added.
$r = Compare-Object @(1, 2) @(2, 3) -PassThru -IncludeEqual
$r
$r | ForEach-Object { "$_ $($_.SideIndicator) $($_.GetType().FullName)" }
$a = $true
Compare-Object -IncludeEqual $a $a
(Compare-Object -IncludeEqual $a $a -PassThru) | Get-Member -MemberType NoteProperty
