# Get-SecureRandom: the number types by operand, ranges, -Count, -Shuffle, items; no -SetSeed; min >= max.
try { Get-SecureRandom -Minimum 5 -Maximum 1 } catch { "$($_.FullyQualifiedErrorId) | $_" }
(Get-SecureRandom).GetType().Name
(Get-SecureRandom -Maximum 10.5).GetType().Name
(Get-SecureRandom -Maximum 10000000000).GetType().Name
$n = Get-SecureRandom -Minimum 3 -Maximum 5 -Count 50; ($n | Where-Object { $_ -lt 3 -or $_ -ge 5 }).Count; $n.Count
(1..10 | Get-SecureRandom -Shuffle | Sort-Object) -join ','
(1..10 | Get-SecureRandom -Count 3).Count
Get-SecureRandom -SetSeed 1
Get-SecureRandom -Minimum 1 -Maximum 1
Get-SecureRandom -Count 0
(Get-SecureRandom -InputObject 'only').ToString()
'done'
