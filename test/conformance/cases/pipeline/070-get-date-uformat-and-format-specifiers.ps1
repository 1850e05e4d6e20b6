$d = [datetime]'2023-07-04 09:03:02'
Get-Date -Date $d -UFormat '%Y-%m-%d %H:%M'
Get-Date -Date $d -Format 'dddd dd MMMM yyyy'
$d.ToString('s')
