$a = 1; & { Clear-Variable a; "in: [$a]"; (Get-Variable a -Scope 0).Value -eq $null }; "out: $a"
$b = 2; & { Clear-Variable b -Scope 1; "in: [$b]" }; "out: [$b]"
$c = 3; & { $c = 4; Clear-Variable c; "in: [$c]" }; "out: [$c]"
$d = 5; & { Clear-Variable d -PassThru | % { "pt $($_.Name) [$($_.Value)]" } }
Set-Variable -Name ro -Value 1 -Option ReadOnly; & { Clear-Variable ro; "ro in [$ro]" }; "ro out [$ro]"
