$d = Get-Date -Year 2020 -Month 2 -Day 29 -Hour 13 -Minute 5 -Second 9
$d.ToString('yyyy-MM-dd HH:mm:ss')
Get-Date -Date '2021-12-31' -Format 'yyyy/MM/dd'
