# DateTime keeps the DateTimeKind its constructor, SpecifyKind, UtcNow and Get-Date give it; conversions follow Kind.
$utc = [datetime]::new(2026, 1, 2, 3, 4, 5, [DateTimeKind]::Utc)
$local = [datetime]::new(2026, 1, 2, 3, 4, 5, [DateTimeKind]::Local)
$plain = [datetime]::new(2026, 1, 2, 3, 4, 5)
$utc.Kind, $local.Kind, $plain.Kind
$withMs = [datetime]::new(2026, 1, 2, 3, 4, 5, 678, [DateTimeKind]::Utc)
'{0} {1}' -f $withMs.Kind, $withMs.Millisecond
$fromTicks = [datetime]::new(639030000000000001, [DateTimeKind]::Local)
'{0} {1} {2}' -f $fromTicks.Kind, $fromTicks.Ticks, $fromTicks.ToString('o')
[datetime]::SpecifyKind($plain, 'Utc').Kind
[datetime]::SpecifyKind($utc, [DateTimeKind]::Local).ToString('o')
foreach ($d in $utc, $local, $plain) {
  '{0} {1} -> {2} {3} / {4} {5}' -f $d.Kind, $d.ToString('o'), $d.ToUniversalTime().Kind, $d.ToUniversalTime().ToString('o'),
    $d.ToLocalTime().Kind, $d.ToLocalTime().ToString('o')
}
[datetime]::UtcNow.Kind, [datetime]::Now.Kind, [datetime]::Today.Kind
(Get-Date).Kind, (Get-Date -AsUTC).Kind, (Get-Date -Year 2020).Kind
$utc.AddDays(1).Kind, $utc.Date.Kind
$utc.ToString('yyyy-MM-dd HH:mm:ss K'), $local.ToString('[K]'), $plain.ToString('[K]')
# Equality and ordering compare the clock reading, whatever the Kind.
($utc -eq $plain), ($utc -eq $local), ($utc -gt $local), $utc.CompareTo($local), ($utc - $plain).Ticks
