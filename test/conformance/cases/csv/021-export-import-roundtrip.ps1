$rows = 1..3 | ForEach-Object { [pscustomobject]@{ Id = $_; Name = "item $_"; Tags = 'a,b' } }
$rows | Export-Csv -Path rows.csv
Get-Content rows.csv
$back = Import-Csv rows.csv
$back | Format-Table
$back[0].Id.GetType().FullName
