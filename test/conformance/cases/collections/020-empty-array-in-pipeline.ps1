@() | ForEach-Object { 'never' }
'nothing above'
$null | ForEach-Object { 'null runs once' }
