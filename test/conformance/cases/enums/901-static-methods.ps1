enum Size { Small; Medium; Large }
enum Order { Second = 2; First = 1; Zero = 0 }
[Flags()] enum Perm { None = 0; Read = 1; Write = 2; Exec = 4 }
[enum]::GetValues([Perm]) -join ','
[enum]::GetValues([Size]).GetType().FullName
[enum]::GetNames([Order]) -join ','
[enum]::GetNames([Size]).GetType().FullName
[enum]::GetValues([Order]) | ForEach-Object { '{0}={1}' -f $_, [int]$_ }
[enum]::IsDefined([Size], 'Small')
[enum]::IsDefined([Size], 'small')
[enum]::IsDefined([Size], 5)
[enum]::IsDefined([Size], 1)
[enum]::IsDefined([Size], [Size]::Large)
[enum]::Parse([Size], 'large', $true)
[enum]::Parse([Perm], 'Read,Exec')
[enum]::Parse([Size], '2')
[enum]::GetName([Size], 2)
$null -eq [enum]::GetName([Size], 7)
[enum]::GetUnderlyingType([Size]).FullName
