enum Size { Small; Medium; Large }
$s = [Size]::Medium
$s.GetType().Name
$s.GetType().BaseType.FullName
[Size].IsEnum
$s -is [enum]
