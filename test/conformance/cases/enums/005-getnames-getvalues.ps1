enum Size { Small; Medium; Large }
[enum]::GetNames([Size])
[enum]::GetValues([Size]) | ForEach-Object { "$_=$([int]$_)" }
[Size].GetEnumNames() -join ','
