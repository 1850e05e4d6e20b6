Import-Csv nope.csv
Import-Csv nodir/x.csv
Import-Csv -LiteralPath 'x[1].csv'
"a,b`n1,2" | Set-Content one.csv
"a,b`n3,4" | Set-Content two.csv
Import-Csv *.csv
Import-Csv no*.csv
