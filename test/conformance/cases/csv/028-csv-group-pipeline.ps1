$data = @'
Department,Name,Salary
Sales,Ann,100
IT,Bob,200
Sales,Cy,150
'@
$rows = $data | ConvertFrom-Csv
$rows | Group-Object Department | Sort-Object Name | ForEach-Object {
  [pscustomobject]@{ Department = $_.Name; Count = $_.Count; Total = ($_.Group | Measure-Object Salary -Sum).Sum }
} | ConvertTo-Csv -UseQuotes AsNeeded
